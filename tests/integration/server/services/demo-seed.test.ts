import { anchorBindingOf, programmeDocumentName, resolveAnchor } from "@koers/editor";
import { beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Db } from "../../../../server/db.server.js";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "../../../../server/services/demo-seed.js";
import { freshDatabase } from "../../../support/database.js";
import { callerFor } from "../../../support/factories.js";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDatabase());
});

describe("demo municipality", () => {
  it("is created once; a second run adds nothing", async () => {
    expect(await seedDemo(db)).toEqual({ created: true });
    const counts = async () => [await db.user.count(), await db.membership.count(), await db.organisation.count(), await db.municipality.count()];
    const first = await counts();
    expect(await seedDemo(db)).toEqual({ created: false });
    expect(await counts()).toEqual(first);
  });

  it("shows the programme in use: conversations, commitments, signals, an update request and notifications", async () => {
    const lindeveen = await db.municipality.findUniqueOrThrow({ where: { slug: "lindeveen" } });
    const inLindeveen = { programme: { municipalityId: lindeveen.id } };
    expect(await db.commentThread.count({ where: inLindeveen })).toBeGreaterThan(0);
    // Threads on sentences of the text are anchored where the editor would anchor them.
    const onText = await db.commentThread.findMany({ where: { ...inLindeveen, target: "text" } });
    expect(onText.length).toBeGreaterThan(0);
    const doc = new Y.Doc();
    const snapshot = await db.collabSnapshot.findUniqueOrThrow({ where: { documentName: programmeDocumentName(onText[0]!.programmeId) } });
    Y.applyUpdate(doc, snapshot.state);
    for (const thread of onText) {
      const anchor = { anchorStart: Buffer.from(thread.anchorStart!).toString("base64"), anchorEnd: Buffer.from(thread.anchorEnd!).toString("base64") };
      expect(resolveAnchor(anchorBindingOf(doc), anchor)).toMatchObject({ deleted: false, text: thread.quote });
    }
    expect(await db.commitment.count({ where: { action: inLindeveen, status: "accepted" } })).toBeGreaterThan(0);
    expect(await db.commitment.count({ where: { action: inLindeveen, status: "offered" } })).toBeGreaterThan(0);
    expect(await db.signal.count({ where: inLindeveen })).toBeGreaterThan(0);
    expect(await db.updateRequest.count({ where: inLindeveen })).toBe(1);
    const council = await db.user.findUniqueOrThrow({ where: { email: "raad@koers.test" } });
    expect(await db.notification.count({ where: { userId: council.id, readAt: null } })).toBeGreaterThan(0);
    // The partner was told about their signals and their organisation's commitments.
    const partner = await db.user.findUniqueOrThrow({ where: { email: "partner@koers.test" } });
    const told = await db.notification.findMany({ where: { userId: partner.id }, select: { kind: true } });
    expect(new Set(told.map((n) => n.kind))).toEqual(new Set(["signal_status", "commitment_accepted"]));
    // The civil servant, owner of the actions and the one who accepted the commitments, heard of their reports.
    const servant = await db.user.findUniqueOrThrow({ where: { email: "ambtenaar@koers.test" } });
    const reported = await db.notification.findMany({ where: { userId: servant.id, kind: "commitment_reported" }, orderBy: { createdAt: "asc" } });
    expect(reported.map((n) => n.params)).toEqual([
      { organisation: "Brede School De Horizon", action: "Eén aanspreekpunt bij de gemeente voor scholen met zorgvragen" },
      { organisation: "Bibliotheek Lindeveen", action: "Bibliotheek als leerplek voor taal en digitale vaardigheden" },
      { organisation: "Brede School De Horizon", action: "Eén aanspreekpunt bij de gemeente voor scholen met zorgvragen" },
    ]);
    expect(reported.map((n) => n.readAt === null)).toEqual([false, false, true]);
    expect(reported[0]!.link).toMatch(/^\/g\/lindeveen\/acties\/[0-9a-f-]{36}#toezegging-[0-9a-f-]{36}$/);
    // Both partner organisations have someone to log in with.
    const sport = await db.membership.findFirstOrThrow({ where: { user: { email: "sport@koers.test" } }, include: { organisation: true } });
    expect(sport.organisation?.name).toBe("Sportvereniging Lindeveen");
  });

  it("has the demo accounts with their roles, all with the demo password", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const caller = callerFor(db, null);
      const { userId } = await caller.auth.login({ email: account.email, password: DEMO_PASSWORD });
      const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
      const me = await callerFor(db, user).auth.me();
      expect(me.memberships.find((m) => m.slug === "lindeveen")?.role).toBe(account.role);
    }
    const partner = await db.membership.findFirstOrThrow({ where: { user: { email: "partner@koers.test" } }, include: { organisation: true } });
    expect(partner.organisation?.type).toBe("school");
  });

  it("stores passwords as argon2id hashes", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "raad@koers.test" } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});
