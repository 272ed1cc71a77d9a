import { pino } from "pino";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../../server/db.server.js";
import { runDigestJob } from "../../../../server/jobs/digest.js";
import { notify, type NotificationEvent } from "../../../../server/services/notify.js";
import { freshDatabase } from "../../../support/database.js";
import { callerFor, createMember, createMunicipality } from "../../../support/factories.js";

/* The daily overview mail for people in "daily" mode. */
let db: Db;
let lindeveen: Awaited<ReturnType<typeof createMunicipality>>;
let oosterwold: Awaited<ReturnType<typeof createMunicipality>>;
const PUBLIC_URL = "https://koers.example";
const deps = () => ({ db, publicUrl: PUBLIC_URL, log: pino({ level: "silent" }) });

beforeAll(async () => {
  ({ db } = await freshDatabase());
  lindeveen = await createMunicipality(db, "Gemeente Lindeveen");
  oosterwold = await createMunicipality(db, "Gemeente Oosterwold");
});

const send = (e: Partial<NotificationEvent> & Pick<NotificationEvent, "recipientIds">) =>
  db.$transaction((tx) =>
    notify(
      tx,
      {
        municipalityId: lindeveen.id,
        kind: "made_owner",
        actorId: null,
        params: { actor: "Anouk", action: "Buurtapp" },
        link: `/g/${lindeveen.slug}/acties/1`,
        ...e,
      },
      PUBLIC_URL,
    ),
  );
const mailsTo = (email: string) => db.outboxMail.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });

async function dailyMember() {
  const member = await createMember(db, lindeveen.id, "council");
  await db.membership.create({ data: { userId: member.user.id, municipalityId: oosterwold.id, role: "viewer" } });
  await callerFor(db, member.user).notification.setPreferences({ mode: "daily" });
  return member;
}

describe("the digest job", () => {
  it("sends daily people nothing until the digest, then one mail with all, grouped by municipality", async () => {
    const me = await dailyMember();
    await send({ recipientIds: [me.user.id], params: { actor: "Anouk", action: "Buurtapp" } });
    await send({ recipientIds: [me.user.id], municipalityId: oosterwold.id, kind: "reply", params: { actor: "Olga", subject: "Speeltuin" }, link: `/g/${oosterwold.slug}/acties/2#reacties` });
    await send({ recipientIds: [me.user.id], kind: "signal_status", params: { signal: "Te weinig bankjes", status: "in_review" }, link: `/g/${lindeveen.slug}/signalen/3` });
    expect(await mailsTo(me.user.email)).toEqual([]);

    const now = new Date(Date.now() + 1000);
    const result = await runDigestJob(deps(), now);
    expect(result.mailed).toBeGreaterThanOrEqual(1);
    const mails = await mailsTo(me.user.email);
    expect(mails).toHaveLength(1);
    const { subject, text } = mails[0]!;
    expect(subject).toBe("Koers: uw dagelijkse overzicht (3 meldingen)");
    expect(text).toContain(`Beste ${me.user.name},`);
    const lindeveenAt = text.indexOf("Gemeente Lindeveen\n");
    const oosterwoldAt = text.indexOf("Gemeente Oosterwold\n");
    expect(lindeveenAt).toBeGreaterThan(0);
    expect(oosterwoldAt).toBeGreaterThan(lindeveenAt);
    const ownerLine = text.indexOf("- Anouk maakte u eigenaar van de actie „Buurtapp”.");
    const signalLine = text.indexOf("- Uw signaal „Te weinig bankjes” heeft een nieuwe status: In behandeling.");
    const replyLine = text.indexOf("- Olga reageerde in een gesprek bij „Speeltuin”.");
    expect(lindeveenAt < ownerLine && ownerLine < signalLine && signalLine < oosterwoldAt && oosterwoldAt < replyLine).toBe(true);
    expect(text).toContain(`${PUBLIC_URL}/g/${oosterwold.slug}/acties/2#reacties`);
    expect(text).toContain(`${PUBLIC_URL}/g/${lindeveen.slug}/signalen/3`);
    expect(await db.notification.count({ where: { userId: me.user.id, mailedAt: null } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: me.user.id } })).lastDigestAt).toEqual(now);
  });

  it("sends nothing on a second run the same day, even with something new; the next day it does", async () => {
    const me = await dailyMember();
    await send({ recipientIds: [me.user.id] });
    // Fixed days (in the future, so everything made now counts), far from midnight in Amsterdam.
    const morning = new Date("2099-01-10T07:00:00Z");
    await runDigestJob(deps(), morning);
    await runDigestJob(deps(), morning);
    expect(await mailsTo(me.user.email)).toHaveLength(1);

    await send({ recipientIds: [me.user.id], params: { actor: "Anouk", action: "Tweede" } });
    await runDigestJob(deps(), new Date("2099-01-10T20:00:00Z"));
    expect(await mailsTo(me.user.email)).toHaveLength(1);

    await runDigestJob(deps(), new Date("2099-01-11T07:00:00Z"));
    const mails = await mailsTo(me.user.email);
    expect(mails).toHaveLength(2);
    expect(mails[1]!.subject).toBe("Koers: uw dagelijkse overzicht (1 melding)");
    expect(mails[1]!.text).toContain("„Tweede”");
    expect(mails[1]!.text).not.toContain("„Buurtapp”");
  });

  it("takes only notifications made before 'now'", async () => {
    const me = await dailyMember();
    const before = new Date();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await send({ recipientIds: [me.user.id] });
    await runDigestJob(deps(), before);
    expect(await mailsTo(me.user.email)).toEqual([]);
    expect(await db.notification.count({ where: { userId: me.user.id, mailedAt: null } })).toBe(1);
  });

  it("never mails people in 'off' mode, also not after they switch to daily", async () => {
    const me = await createMember(db, lindeveen.id, "viewer");
    await callerFor(db, me.user).notification.setPreferences({ mode: "off" });
    await send({ recipientIds: [me.user.id] });
    await runDigestJob(deps(), new Date(Date.now() + 1000));
    expect(await mailsTo(me.user.email)).toEqual([]);
    await callerFor(db, me.user).notification.setPreferences({ mode: "daily" });
    await runDigestJob(deps(), new Date(Date.now() + 2 * 24 * 60 * 60 * 1000));
    expect(await mailsTo(me.user.email)).toEqual([]);
    expect(await db.notification.count({ where: { userId: me.user.id } })).toBe(1);
  });

  it("does not mail again what already went out immediately", async () => {
    const me = await createMember(db, lindeveen.id, "viewer");
    await send({ recipientIds: [me.user.id] });
    await runDigestJob(deps(), new Date(Date.now() + 1000));
    const mails = await mailsTo(me.user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).not.toContain("overzicht");
  });

  it("still sends what waited when a daily person switches to immediate mail", async () => {
    const me = await dailyMember();
    await send({ recipientIds: [me.user.id] });
    await callerFor(db, me.user).notification.setPreferences({ mode: "immediately" });
    await runDigestJob(deps(), new Date(Date.now() + 1000));
    const mails = await mailsTo(me.user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain("overzicht (1 melding)");
  });

  it("leaves out notifications of a municipality the person has left (settled without mail)", async () => {
    const me = await dailyMember();
    await send({ recipientIds: [me.user.id], municipalityId: oosterwold.id, link: `/g/${oosterwold.slug}/x` });
    await db.membership.deleteMany({ where: { userId: me.user.id, municipalityId: oosterwold.id } });
    await runDigestJob(deps(), new Date(Date.now() + 1000));
    expect(await mailsTo(me.user.email)).toEqual([]);
    expect(await db.notification.count({ where: { userId: me.user.id, mailedAt: null } })).toBe(0);
  });
});
