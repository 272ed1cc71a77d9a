import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../../server/db.server.js";
import { notify, type NotificationEvent } from "../../../../server/services/notify.js";
import { freshDatabase } from "../../../support/database.js";
import { callerFor, createMember, createMunicipality, createProgramme } from "../../../support/factories.js";
import { codeOf } from "../../../support/trpc-errors.js";

/* notify(), the inbox (notification.*), the mail preferences, and made_owner on action.track. */
let db: Db;
let municipality: Awaited<ReturnType<typeof createMunicipality>>;
let other: Awaited<ReturnType<typeof createMunicipality>>;

beforeAll(async () => {
  ({ db } = await freshDatabase());
  municipality = await createMunicipality(db);
  other = await createMunicipality(db);
});

const PUBLIC_URL = "https://koers.example";

function event(overrides: Partial<NotificationEvent> & Pick<NotificationEvent, "recipientIds">): NotificationEvent {
  return {
    municipalityId: municipality.id,
    kind: "reply",
    actorId: null,
    params: { actor: "Rana de Raad", subject: "Eén loket" },
    link: `/g/${municipality.slug}/acties/00000000-0000-4000-8000-000000000001#reacties`,
    ...overrides,
  };
}

const send = (e: NotificationEvent) => db.$transaction((tx) => notify(tx, e, PUBLIC_URL));
const mailsTo = (email: string) => db.outboxMail.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });
const setMode = (userId: string, mode: "immediately" | "daily" | "off") => db.user.update({ where: { id: userId }, data: { notificationMode: mode } });

describe("notify", () => {
  it("leaves out the actor and anyone who is not a member, and writes one row per recipient", async () => {
    const actor = await createMember(db, municipality.id, "council");
    const reader = await createMember(db, municipality.id, "viewer");
    const outsider = await createMember(db, other.id, "civil_servant");
    const notified = await send(event({ actorId: actor.user.id, recipientIds: [actor.user.id, reader.user.id, reader.user.id, outsider.user.id] }));
    expect(notified).toEqual([reader.user.id]);
    expect(await db.notification.count({ where: { userId: actor.user.id } })).toBe(0);
    expect(await db.notification.count({ where: { userId: outsider.user.id } })).toBe(0);
    const [row] = await db.notification.findMany({ where: { userId: reader.user.id } });
    expect(row).toMatchObject({ municipalityId: municipality.id, kind: "reply", readAt: null, params: { actor: "Rana de Raad", subject: "Eén loket" } });
  });

  it("mails people in 'immediately' mode at once, with a short subject and the absolute link", async () => {
    const reader = await createMember(db, municipality.id, "partner");
    await send(event({ kind: "made_owner", params: { actor: "Anouk", action: "Buurtapp" }, recipientIds: [reader.user.id], link: `/g/${municipality.slug}/acties/abc` }));
    const mails = await mailsTo(reader.user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("Koers: U bent eigenaar van „Buurtapp”");
    expect(mails[0]!.text).toContain(`Beste ${reader.user.name},`);
    expect(mails[0]!.text).toContain("Anouk maakte u eigenaar van de actie „Buurtapp”.");
    expect(mails[0]!.text).toContain(`${PUBLIC_URL}/g/${municipality.slug}/acties/abc`);
    expect(mails[0]!.text).toContain(municipality.name);
    expect((await db.notification.findFirstOrThrow({ where: { userId: reader.user.id } })).mailedAt).not.toBeNull();
  });

  it("writes the mail in the reader's language", async () => {
    const reader = await createMember(db, municipality.id, "viewer");
    await db.user.update({ where: { id: reader.user.id }, data: { locale: "en" } });
    await send(event({ recipientIds: [reader.user.id] }));
    const [mail] = await mailsTo(reader.user.email);
    expect(mail!.subject).toBe("Koers: New reply on “Eén loket”");
    expect(mail!.text).toContain("Rana de Raad replied in a conversation on “Eén loket”.");
  });

  it("sends no mail to people in 'daily' or 'off' mode; only the daily ones wait for the digest", async () => {
    const daily = await createMember(db, municipality.id, "viewer");
    const off = await createMember(db, municipality.id, "viewer");
    await setMode(daily.user.id, "daily");
    await setMode(off.user.id, "off");
    expect(await send(event({ recipientIds: [daily.user.id, off.user.id] }))).toHaveLength(2);
    expect(await mailsTo(daily.user.email)).toEqual([]);
    expect(await mailsTo(off.user.email)).toEqual([]);
    expect((await db.notification.findFirstOrThrow({ where: { userId: daily.user.id } })).mailedAt).toBeNull();
    expect((await db.notification.findFirstOrThrow({ where: { userId: off.user.id } })).mailedAt).not.toBeNull();
  });

  it("notifies a person once per dedupe key", async () => {
    const owner = await createMember(db, municipality.id, "civil_servant");
    const e = event({ kind: "action_overdue", params: { action: "A", dueDate: "2026-01-01" }, recipientIds: [owner.user.id], dedupeKey: "overdue:x:2026-01-01" });
    expect(await send(e)).toEqual([owner.user.id]);
    expect(await send(e)).toEqual([]);
    expect(await db.notification.count({ where: { userId: owner.user.id } })).toBe(1);
    expect(await mailsTo(owner.user.email)).toHaveLength(1);
  });

  it("writes nothing when the change it belongs to rolls back", async () => {
    const reader = await createMember(db, municipality.id, "viewer");
    await expect(
      db.$transaction(async (tx) => {
        await notify(tx, event({ recipientIds: [reader.user.id] }), PUBLIC_URL);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.notification.count({ where: { userId: reader.user.id } })).toBe(0);
    expect(await mailsTo(reader.user.email)).toEqual([]);
  });
});

describe("the inbox", () => {
  it("lists only the caller's own notifications of this municipality, newest first", async () => {
    const me = await createMember(db, municipality.id, "council");
    await db.membership.create({ data: { userId: me.user.id, municipalityId: other.id, role: "viewer" } });
    const someone = await createMember(db, municipality.id, "council");
    const base = Date.UTC(2026, 10, 20, 9);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const row = await db.notification.create({
        data: { userId: me.user.id, municipalityId: municipality.id, kind: "reply", params: { actor: "X", subject: `S${i}` }, link: `/g/${municipality.slug}/x${i}`, createdAt: new Date(base + i * 60_000) },
      });
      ids.push(row.id);
    }
    await db.notification.create({ data: { userId: someone.user.id, municipalityId: municipality.id, kind: "reply", params: {}, link: "/g/x/secret" } });
    const elsewhere = await db.notification.create({ data: { userId: me.user.id, municipalityId: other.id, kind: "reply", params: {}, link: `/g/${other.slug}/y` } });

    const caller = callerFor(db, me.user);
    const page = await caller.notification.list({ municipalitySlug: municipality.slug });
    expect(page.items.map((item) => item.id)).toEqual([...ids].reverse());
    expect(page.items[0]).toEqual({
      id: ids[2],
      kind: "reply",
      params: { actor: "X", subject: "S2" },
      link: `/g/${municipality.slug}/x2`,
      read: false,
      createdAt: new Date(base + 2 * 60_000).toISOString(),
    });
    expect(page).toMatchObject({ total: 3, unreadCount: 3, page: 1, pages: 1 });
    const there = await caller.notification.list({ municipalitySlug: other.slug });
    expect(there.items.map((item) => item.id)).toEqual([elsewhere.id]);
  });

  it("is not there for someone who is not a member of the municipality", async () => {
    const outsider = await createMember(db, other.id, "admin");
    expect(await codeOf(callerFor(db, outsider.user).notification.list({ municipalitySlug: municipality.slug }))).toBe("NOT_FOUND");
    expect(await codeOf(callerFor(db, outsider.user).notification.unreadCount({ municipalitySlug: municipality.slug }))).toBe("NOT_FOUND");
    expect(await codeOf(callerFor(db, null).notification.list({ municipalitySlug: municipality.slug }))).toBe("UNAUTHORIZED");
  });

  it("counts unread ones, marks some or all read, and filters on unread", async () => {
    const me = await createMember(db, municipality.id, "civil_servant");
    const someone = await createMember(db, municipality.id, "civil_servant");
    const theirs = await db.notification.create({ data: { userId: someone.user.id, municipalityId: municipality.id, kind: "reply", params: {}, link: "/g/x" } });
    const mine: { id: string }[] = [];
    for (let i = 0; i < 4; i++) mine.push(await db.notification.create({ data: { userId: me.user.id, municipalityId: municipality.id, kind: "reply", params: {}, link: "/g/x" } }));
    await db.notification.create({ data: { userId: me.user.id, municipalityId: other.id, kind: "reply", params: {}, link: "/g/y" } });
    const caller = callerFor(db, me.user);
    const slug = { municipalitySlug: municipality.slug };
    expect(await caller.notification.unreadCount(slug)).toEqual({ count: 4 });

    // Someone else's id is ignored, not marked.
    expect(await caller.notification.markRead({ ...slug, ids: [mine[0]!.id, theirs.id] })).toEqual({ count: 1 });
    expect((await db.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
    expect(await caller.notification.unreadCount(slug)).toEqual({ count: 3 });

    const unread = await caller.notification.list({ ...slug, filter: "unread" });
    expect(unread.items.map((item) => item.id).sort()).toEqual(mine.slice(1).map((n) => n.id).sort());
    expect(unread).toMatchObject({ total: 3, allCount: 4, unreadCount: 3 });
    const all = await caller.notification.list({ ...slug, filter: "all" });
    expect(all.items.find((item) => item.id === mine[0]!.id)?.read).toBe(true);

    expect(await caller.notification.markAllRead(slug)).toEqual({ count: 3 });
    expect(await caller.notification.unreadCount(slug)).toEqual({ count: 0 });
    // The other municipality's and the other person's notifications are untouched.
    expect(await db.notification.count({ where: { userId: me.user.id, municipalityId: other.id, readAt: null } })).toBe(1);
    expect((await db.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
  });

  it("pages by 20, and a page past the end shows the last page", async () => {
    const me = await createMember(db, municipality.id, "viewer");
    await db.notification.createMany({
      data: Array.from({ length: 23 }, (_, i) => ({
        userId: me.user.id,
        municipalityId: municipality.id,
        kind: "reply" as const,
        params: { actor: "X", subject: `S${i}` },
        link: "/g/x",
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
      })),
    });
    const caller = callerFor(db, me.user);
    const first = await caller.notification.list({ municipalitySlug: municipality.slug, page: 1 });
    expect(first.items).toHaveLength(20);
    expect(first.items[0]!.params).toEqual({ actor: "X", subject: "S22" });
    expect(first).toMatchObject({ page: 1, pages: 2, total: 23 });
    const second = await caller.notification.list({ municipalitySlug: municipality.slug, page: 2 });
    expect(second.items.map((item) => item.params.subject)).toEqual(["S2", "S1", "S0"]);
    expect((await caller.notification.list({ municipalitySlug: municipality.slug, page: 9 })).page).toBe(2);
  });

  it("opens one's own notification: marks it read and gives its link; someone else's is NOT_FOUND", async () => {
    const me = await createMember(db, municipality.id, "partner");
    const someone = await createMember(db, municipality.id, "partner");
    const mine = await db.notification.create({ data: { userId: me.user.id, municipalityId: municipality.id, kind: "reply", params: {}, link: `/g/${municipality.slug}/acties/1#reacties` } });
    const theirs = await db.notification.create({ data: { userId: someone.user.id, municipalityId: municipality.id, kind: "reply", params: {}, link: "/g/x" } });
    const caller = callerFor(db, me.user);
    expect(await caller.notification.open({ notificationId: mine.id })).toEqual({ link: `/g/${municipality.slug}/acties/1#reacties` });
    expect((await db.notification.findUniqueOrThrow({ where: { id: mine.id } })).readAt).not.toBeNull();
    // Opening again keeps the first reading time.
    const readAt = (await db.notification.findUniqueOrThrow({ where: { id: mine.id } })).readAt;
    await caller.notification.open({ notificationId: mine.id });
    expect((await db.notification.findUniqueOrThrow({ where: { id: mine.id } })).readAt).toEqual(readAt);

    expect(await codeOf(caller.notification.open({ notificationId: theirs.id }))).toBe("NOT_FOUND");
    expect((await db.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
    expect(await codeOf(caller.notification.open({ notificationId: "00000000-0000-4000-8000-000000000000" }))).toBe("NOT_FOUND");
    expect(await codeOf(caller.notification.open({ notificationId: "nope" }))).toBe("BAD_REQUEST");
  });

  it("keeps a former member's notifications of that municipality closed", async () => {
    const me = await createMember(db, municipality.id, "viewer");
    const row = await db.notification.create({ data: { userId: me.user.id, municipalityId: municipality.id, kind: "reply", params: {}, link: "/g/x" } });
    await db.membership.delete({ where: { id: me.membership.id } });
    expect(await codeOf(callerFor(db, me.user).notification.open({ notificationId: row.id }))).toBe("NOT_FOUND");
  });
});

describe("mail preferences", () => {
  it("start at 'immediately', change per person, and are audited", async () => {
    const me = await createMember(db, municipality.id, "viewer");
    const caller = callerFor(db, me.user);
    expect(await caller.notification.preferences()).toEqual({ mode: "immediately" });
    expect(await caller.notification.setPreferences({ mode: "daily" })).toEqual({ mode: "daily" });
    expect(await caller.notification.preferences()).toEqual({ mode: "daily" });
    expect((await db.user.findUniqueOrThrow({ where: { id: me.user.id } })).notificationMode).toBe("daily");
    const audited = await db.auditEvent.findFirstOrThrow({ where: { actorId: me.user.id, action: "notification.setPreferences" } });
    expect(audited).toMatchObject({ entityType: "User", entityId: me.user.id, before: { mode: "immediately" }, after: { mode: "daily" } });
  });

  it("refuses an unknown mode with a message for the field, and anonymous callers", async () => {
    const me = await createMember(db, municipality.id, "viewer");
    const error = await callerFor(db, me.user).notification.setPreferences({ mode: "weekly" as never }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect(JSON.stringify((error as { cause: unknown }).cause)).toContain("errors.notification.modeInvalid");
    expect(await codeOf(callerFor(db, null).notification.preferences())).toBe("UNAUTHORIZED");
    expect(await codeOf(callerFor(db, null).notification.setPreferences({ mode: "off" }))).toBe("UNAUTHORIZED");
  });

  it("turning mail off settles what was waiting for the digest", async () => {
    const me = await createMember(db, municipality.id, "viewer");
    await setMode(me.user.id, "daily");
    await send(event({ recipientIds: [me.user.id] }));
    expect(await db.notification.count({ where: { userId: me.user.id, mailedAt: null } })).toBe(1);
    await callerFor(db, me.user).notification.setPreferences({ mode: "off" });
    expect(await db.notification.count({ where: { userId: me.user.id, mailedAt: null } })).toBe(0);
  });
});

describe("made_owner", () => {
  it("tells the new owner, not the one who assigns themselves, and not twice for the same owner", async () => {
    const world = await createProgramme(db, municipality.id);
    const servant = await createMember(db, municipality.id, "civil_servant");
    const council = await createMember(db, municipality.id, "council");
    const civil = callerFor(db, servant.user);

    await civil.action.track({ actionId: world.action.id, ownerId: council.user.id });
    const [row, ...rest] = await db.notification.findMany({ where: { userId: council.user.id } });
    expect(rest).toEqual([]);
    expect(row).toMatchObject({
      municipalityId: municipality.id,
      kind: "made_owner",
      params: { actor: servant.user.name, action: world.action.title },
      link: `/g/${municipality.slug}/acties/${world.action.id}`,
    });
    const [mail] = await mailsTo(council.user.email);
    expect(mail?.text).toContain(`http://koers.test/g/${municipality.slug}/acties/${world.action.id}`);

    // Saving the tracking form again with the same owner is no news.
    await civil.action.track({ actionId: world.action.id, ownerId: council.user.id, tags: ["wijk"] });
    expect(await db.notification.count({ where: { userId: council.user.id } })).toBe(1);

    // Taking it on oneself notifies nobody.
    await civil.action.track({ actionId: world.action.id, ownerId: servant.user.id });
    expect(await db.notification.count({ where: { kind: "made_owner", userId: { in: [servant.user.id, council.user.id] } } })).toBe(1);
    // Removing the owner notifies nobody either.
    await civil.action.track({ actionId: world.action.id, ownerId: null });
    expect(await db.notification.count({ where: { kind: "made_owner", userId: { in: [servant.user.id, council.user.id] } } })).toBe(1);
  });

  it("a refused change notifies nobody", async () => {
    const world = await createProgramme(db, municipality.id);
    const servant = await createMember(db, municipality.id, "civil_servant");
    const council = await createMember(db, municipality.id, "council");
    // An impossible status move refuses the whole change, owner included.
    const code = await codeOf(callerFor(db, servant.user).action.track({ actionId: world.action.id, ownerId: council.user.id, status: "done" }));
    expect(code).toBe("BAD_REQUEST");
    expect(await db.notification.count({ where: { userId: council.user.id } })).toBe(0);
  });
});
