import * as Y from "yjs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@koers/domain";
import type { Db } from "../../../../server/db.server.js";
import type { Context } from "../../../../server/trpc/context.js";
import { freshDatabase } from "../../../support/database.js";
import { callerFor, createMunicipality, createOrganisation, createProgramme, createUser, type TestCaller } from "../../../support/factories.js";
import { codeOf, refusal } from "../../../support/trpc-errors.js";

/* comment.*: conversation on the programme text and on actions, goals and indicators. */

let db: Db;
let world: Awaited<ReturnType<typeof createProgramme>>;
let elsewhere: Awaited<ReturnType<typeof createProgramme>>;
let slug: string;
type Person = { id: string; name: string; email: string; caller: TestCaller };
const people = {} as Record<"admin" | "council" | "civil" | "civil2" | "partner" | "viewer" | "outsider", Person>;
let organisationName: string;
const textEvents: string[] = [];
const text: NonNullable<Context["text"]> = {
  trackingChanged: () => undefined,
  structureChanged: async () => undefined,
  commentsChanged: (programmeId) => void textEvents.push(programmeId),
};

async function person(municipalityId: string, role: Role, name: string, organisationId?: string): Promise<Person> {
  const user = await createUser(db, { name });
  await db.membership.create({ data: { userId: user.id, municipalityId, role, organisationId: organisationId ?? null } });
  return { id: user.id, name, email: user.email, caller: callerFor(db, user, { text }) };
}

beforeAll(async () => {
  ({ db } = await freshDatabase());
  const municipality = await createMunicipality(db);
  slug = municipality.slug;
  world = await createProgramme(db, municipality.id);
  const organisation = await createOrganisation(db, municipality.id, "Sportclub De Linde");
  organisationName = organisation.name;
  people.admin = await person(municipality.id, "admin", "Bea Beheer");
  people.council = await person(municipality.id, "council", "Roos Raadslid");
  people.civil = await person(municipality.id, "civil_servant", "Anouk Ambtenaar");
  people.civil2 = await person(municipality.id, "civil_servant", "Anouk Ambtenaar-de Wit");
  people.partner = await person(municipality.id, "partner", "Pieter Partner", organisation.id);
  people.viewer = await person(municipality.id, "viewer", "Vera Meelezer");
  const other = await createMunicipality(db);
  elsewhere = await createProgramme(db, other.id);
  people.outsider = await person(other.id, "council", "Bram Buiten");
  await db.user.update({ where: { id: people.civil.id }, data: { notificationMode: "immediately" } });
  await db.user.update({ where: { id: people.council.id }, data: { notificationMode: "off" } });
});

function anchors(from = 7, to = 13) {
  const doc = new Y.Doc();
  const node = new Y.XmlText();
  doc.getXmlFragment("default").insert(0, [node]);
  node.insert(0, "Iedere school een vast aanspreekpunt.");
  const encode = (index: number) => Buffer.from(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(node, index))).toString("base64");
  return { anchorStart: encode(from), anchorEnd: encode(to) };
}

const onAction = (actionId = world.action.id) => ({ type: "action" as const, actionId });
const actionThreads = (caller: TestCaller, actionId = world.action.id) => caller.comment.threads({ target: "action", actionId });
const notificationsOf = (userId: string) => db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });

describe("who may take part", () => {
  it("lets every member comment, partners and viewers included, and shows a partner's organisation", async () => {
    const { threadId } = await people.partner.caller.comment.start({ target: onAction(), body: "Wij denken graag mee over de sportlessen." });
    await people.viewer.caller.comment.reply({ threadId, body: "Goed idee." });
    const [thread] = (await actionThreads(people.viewer.caller)).filter((t) => t.id === threadId);
    expect(thread!.comments.map((c) => [c.author?.name, c.author?.organisation, c.mine])).toEqual([
      ["Pieter Partner", organisationName, false],
      ["Vera Meelezer", null, true],
    ]);
    expect(thread).toMatchObject({ target: "action", anchorStart: null, anchorEnd: null, quote: null, resolved: false, resolvedBy: null });
  });

  it("works on goals and indicators as on actions, each listing only its own threads", async () => {
    const onGoal = await people.partner.caller.comment.start({ target: { type: "goal", goalId: world.goal.id }, body: "Hoe meet u dit doel?" });
    const onIndicator = await people.viewer.caller.comment.start({ target: { type: "indicator", indicatorId: world.indicator.id }, body: "Welke bron?" });
    expect((await people.civil.caller.comment.threads({ target: "goal", goalId: world.goal.id })).map((t) => t.id)).toEqual([onGoal.threadId]);
    expect((await people.civil.caller.comment.threads({ target: "indicator", indicatorId: world.indicator.id })).map((t) => t.id)).toEqual([onIndicator.threadId]);
    expect((await actionThreads(people.civil.caller)).map((t) => t.id)).not.toContain(onGoal.threadId);
  });

  it("is NOT_FOUND for a non-member and for another municipality's programme, action, goal and indicator", async () => {
    const { threadId, commentId } = await people.council.caller.comment.start({ target: onAction(), body: "Alleen voor Lindeveen." });
    const outsider = people.outsider.caller;
    expect(await codeOf(outsider.comment.threads({ target: "action", actionId: world.action.id }))).toBe("NOT_FOUND");
    expect(await codeOf(outsider.comment.threads({ target: "goal", goalId: world.goal.id }))).toBe("NOT_FOUND");
    expect(await codeOf(outsider.comment.threads({ target: "indicator", indicatorId: world.indicator.id }))).toBe("NOT_FOUND");
    expect(await codeOf(outsider.comment.threads({ target: "text", programmeId: world.programme.id }))).toBe("NOT_FOUND");
    expect(await codeOf(outsider.comment.start({ target: onAction(), body: "Hallo" }))).toBe("NOT_FOUND");
    expect(await codeOf(outsider.comment.start({ target: { type: "text", programmeId: world.programme.id, ...anchors(), quote: "school" }, body: "Hallo" }))).toBe("NOT_FOUND");
    expect(await codeOf(outsider.comment.reply({ threadId, body: "Hallo" }))).toBe("NOT_FOUND");
    expect(await codeOf(outsider.comment.edit({ commentId, body: "Hallo" }))).toBe("NOT_FOUND");
    expect(await codeOf(outsider.comment.delete({ commentId }))).toBe("NOT_FOUND");
    expect(await codeOf(outsider.comment.resolve({ threadId }))).toBe("NOT_FOUND");
    expect(await codeOf(outsider.comment.reopen({ threadId }))).toBe("NOT_FOUND");
    expect(await codeOf(outsider.comment.mentionable({ programmeId: world.programme.id, query: "" }))).toBe("NOT_FOUND");
    // And the other way round: Lindeveen's members see nothing of the other municipality.
    const member = people.civil.caller;
    expect(await codeOf(member.comment.threads({ target: "action", actionId: elsewhere.action.id }))).toBe("NOT_FOUND");
    expect(await codeOf(member.comment.start({ target: { type: "goal", goalId: elsewhere.goal.id }, body: "Hallo" }))).toBe("NOT_FOUND");
    expect(await codeOf(member.comment.start({ target: { type: "indicator", indicatorId: elsewhere.indicator.id }, body: "Hallo" }))).toBe("NOT_FOUND");
    expect(await codeOf(member.comment.start({ target: { type: "text", programmeId: elsewhere.programme.id, ...anchors(), quote: "x" }, body: "Hallo" }))).toBe("NOT_FOUND");
    // Nothing was written by the refused calls.
    expect(await db.commentThread.count({ where: { programmeId: elsewhere.programme.id } })).toBe(0);
  });

  it("is UNAUTHORIZED without a session", async () => {
    expect(await codeOf(callerFor(db, null).comment.threads({ target: "action", actionId: world.action.id }))).toBe("UNAUTHORIZED");
  });
});

describe("one's own comments", () => {
  it("may be edited (editedAt set) and deleted only by their author", async () => {
    const { threadId, commentId } = await people.partner.caller.comment.start({ target: onAction(), body: "Eerste versie." });
    const reply = await people.civil.caller.comment.reply({ threadId, body: "Dank u." });
    for (const other of [people.admin, people.council, people.civil]) {
      const error = await refusal(other.caller.comment.edit({ commentId, body: "Overschreven" }));
      expect([error.code, error.message]).toEqual(["FORBIDDEN", "errors.comment.notYours"]);
      expect(await codeOf(other.caller.comment.delete({ commentId }))).toBe("FORBIDDEN");
    }
    await people.partner.caller.comment.edit({ commentId, body: "  Tweede versie.  " });
    const [first] = (await actionThreads(people.partner.caller)).find((t) => t.id === threadId)!.comments;
    expect(first).toMatchObject({ body: "Tweede versie.", mine: true });
    expect(first!.editedAt).not.toBeNull();
    expect(await codeOf(people.partner.caller.comment.delete({ commentId: reply.commentId }))).toBe("FORBIDDEN");
  });

  it("never gives out a deleted comment's text, keeps its place, and drops a thread once all its comments are gone", async () => {
    const { threadId, commentId } = await people.viewer.caller.comment.start({ target: onAction(), body: "Geheim @Anouk Ambtenaar" });
    const reply = await people.civil.caller.comment.reply({ threadId, body: "Antwoord." });
    await people.viewer.caller.comment.delete({ commentId });
    for (const caller of [people.viewer.caller, people.admin.caller]) {
      const thread = (await actionThreads(caller)).find((t) => t.id === threadId)!;
      expect(thread.comments[0]).toMatchObject({ id: commentId, deleted: true, body: "", mentions: [] });
      expect(JSON.stringify(thread)).not.toContain("Geheim");
      expect(thread.comments[1]).toMatchObject({ body: "Antwoord.", deleted: false });
    }
    expect(await db.commentMention.count({ where: { commentId } })).toBe(0);
    // Deleted means done: it cannot be edited back or deleted twice.
    expect(await codeOf(people.viewer.caller.comment.edit({ commentId, body: "Terug" }))).toBe("NOT_FOUND");
    expect(await codeOf(people.viewer.caller.comment.delete({ commentId }))).toBe("NOT_FOUND");
    await people.civil.caller.comment.delete({ commentId: reply.commentId });
    expect((await actionThreads(people.admin.caller)).map((t) => t.id)).not.toContain(threadId);
    // The trace of the deletion keeps the text out too.
    const trace = await db.auditEvent.findFirst({ where: { action: "comment.delete", entityId: commentId } });
    expect(JSON.stringify(trace?.after)).not.toContain("Geheim");
  });

  it("refuses an empty or too long body with a translation key", async () => {
    const error = await refusal(people.partner.caller.comment.start({ target: onAction(), body: "   " }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain("errors.comment.bodyRequired");
    expect(await codeOf(people.partner.caller.comment.start({ target: onAction(), body: "x".repeat(5001) }))).toBe("BAD_REQUEST");
  });
});

describe("resolve and reopen", () => {
  it("the starter may, whatever their role", async () => {
    const { threadId } = await people.partner.caller.comment.start({ target: onAction(), body: "Is dit al gepland?" });
    expect((await actionThreads(people.partner.caller)).find((t) => t.id === threadId)!.canResolve).toBe(true);
    await people.partner.caller.comment.resolve({ threadId });
    const resolved = (await actionThreads(people.viewer.caller)).find((t) => t.id === threadId)!;
    expect(resolved).toMatchObject({ resolved: true, resolvedBy: { id: people.partner.id, name: "Pieter Partner" }, canResolve: false });
    expect(resolved.resolvedAt).not.toBeNull();
    await people.partner.caller.comment.reopen({ threadId });
    expect((await actionThreads(people.partner.caller)).find((t) => t.id === threadId)).toMatchObject({ resolved: false, resolvedAt: null, resolvedBy: null });
  });

  it("staff may for any thread; other partners and viewers may not", async () => {
    const { threadId } = await people.civil.caller.comment.start({ target: onAction(), body: "Planning volgt in mei." });
    for (const refused of [people.partner, people.viewer]) {
      const error = await refusal(refused.caller.comment.resolve({ threadId }));
      expect([error.code, error.message]).toEqual(["FORBIDDEN", "errors.comment.resolveNotAllowed"]);
      expect((await actionThreads(refused.caller)).find((t) => t.id === threadId)!.canResolve).toBe(false);
    }
    for (const staff of [people.admin, people.council, people.civil2]) {
      expect((await actionThreads(staff.caller)).find((t) => t.id === threadId)!.canResolve).toBe(true);
      await staff.caller.comment.resolve({ threadId });
      expect(await codeOf(people.viewer.caller.comment.reopen({ threadId }))).toBe("FORBIDDEN");
      await staff.caller.comment.reopen({ threadId });
    }
    const trail = await db.auditEvent.findMany({ where: { entityId: threadId }, orderBy: { createdAt: "asc" } });
    expect(trail.map((e) => e.action)).toEqual(["comment.start", "comment.resolve", "comment.reopen", "comment.resolve", "comment.reopen", "comment.resolve", "comment.reopen"]);
  });
});

describe("mentions and replies", () => {
  it("resolves '@Full Name' against the municipality's members (longest name wins) and notifies them, by mail in immediate mode", async () => {
    const mailsBefore = await db.outboxMail.count({ where: { to: people.civil.email } });
    const { threadId, commentId } = await people.partner.caller.comment.start({
      target: onAction(),
      body: "@Anouk Ambtenaar, kunt u met @anouk ambtenaar-de wit kijken? cc @Bram Buiten",
    });
    const [thread] = (await actionThreads(people.partner.caller)).filter((t) => t.id === threadId);
    expect(thread!.comments[0]!.mentions).toEqual([
      { id: people.civil.id, name: "Anouk Ambtenaar" },
      { id: people.civil2.id, name: "Anouk Ambtenaar-de Wit" },
    ]);
    // Bram Buiten is a member of another municipality: no mention, no notification.
    expect(await db.commentMention.findMany({ where: { commentId }, select: { userId: true } })).toHaveLength(2);
    expect(await notificationsOf(people.outsider.id)).toEqual([]);

    expect((await notificationsOf(people.civil.id)).at(-1)).toMatchObject({
      kind: "mention",
      params: { actor: "Pieter Partner", subject: world.action.title },
      link: `/g/${slug}/acties/${world.action.id}#reacties`,
    });
    const mails = await db.outboxMail.findMany({ where: { to: people.civil.email }, orderBy: { createdAt: "asc" } });
    expect(mails.length).toBe(mailsBefore + 1);
    expect(mails.at(-1)!.text).toContain(`http://koers.test/g/${slug}/acties/${world.action.id}#reacties`);
  });

  it("notifies earlier writers and the starter of a reply, the mentioned once (as a mention), the author never", async () => {
    const { threadId } = await people.viewer.caller.comment.start({ target: { type: "goal", goalId: world.goal.id }, body: "Wie trekt dit?" });
    await people.partner.caller.comment.reply({ threadId, body: "Wij willen helpen." });
    const before = new Map(await Promise.all(Object.values(people).map(async (p) => [p.id, (await notificationsOf(p.id)).length] as const)));
    await people.civil.caller.comment.reply({ threadId, body: "Ik pak het op met @Pieter Partner en @Anouk Ambtenaar." });
    const added = async (p: Person) => (await notificationsOf(p.id)).slice(before.get(p.id));

    const link = `/g/${slug}/doelen/${world.goal.id}#reacties`;
    const params = { actor: "Anouk Ambtenaar", subject: world.goal.title };
    expect((await added(people.viewer)).map((n) => [n.kind, n.params, n.link])).toEqual([["reply", params, link]]);
    expect((await added(people.partner)).map((n) => [n.kind, n.params, n.link])).toEqual([["mention", params, link]]);
    expect(await added(people.civil)).toEqual([]);
    expect(await added(people.council)).toEqual([]);
    expect(await added(people.admin)).toEqual([]);
  });

  it("notifies those newly mentioned by an edit and drops removed mentions", async () => {
    const { commentId } = await people.council.caller.comment.start({ target: { type: "indicator", indicatorId: world.indicator.id }, body: "Vraag aan @Vera Meelezer." });
    expect((await notificationsOf(people.viewer.id)).at(-1)).toMatchObject({
      kind: "mention",
      params: { actor: "Roos Raadslid", subject: world.indicator.name },
      link: `/g/${slug}/indicatoren/${world.indicator.id}#reacties`,
    });
    const viewerCount = (await notificationsOf(people.viewer.id)).length;
    const adminCount = (await notificationsOf(people.admin.id)).length;
    await people.council.caller.comment.edit({ commentId, body: "Vraag aan @Bea Beheer en nog eens @Vera Meelezer." });
    expect(await notificationsOf(people.viewer.id)).toHaveLength(viewerCount);
    expect((await notificationsOf(people.admin.id)).slice(adminCount).map((n) => n.kind)).toEqual(["mention"]);
    await people.council.caller.comment.edit({ commentId, body: "Vraag aan @Bea Beheer." });
    expect((await db.commentMention.findMany({ where: { commentId } })).map((m) => m.userId)).toEqual([people.admin.id]);
  });

  it("does not notify someone who mentions themselves", async () => {
    const count = (await notificationsOf(people.partner.id)).length;
    await people.partner.caller.comment.start({ target: onAction(), body: "Notitie voor mezelf, @Pieter Partner." });
    expect(await notificationsOf(people.partner.id)).toHaveLength(count);
  });

  it("offers members of the municipality only for the autocomplete", async () => {
    const found = await people.partner.caller.comment.mentionable({ programmeId: world.programme.id, query: "anouk" });
    expect(found).toEqual([
      { id: people.civil.id, name: "Anouk Ambtenaar", organisation: null },
      { id: people.civil2.id, name: "Anouk Ambtenaar-de Wit", organisation: null },
    ]);
    expect(await people.viewer.caller.comment.mentionable({ programmeId: world.programme.id, query: "partner" })).toEqual([
      { id: people.partner.id, name: "Pieter Partner", organisation: organisationName },
    ]);
    expect(await people.viewer.caller.comment.mentionable({ programmeId: world.programme.id, query: "Bram" })).toEqual([]);
    expect(await people.viewer.caller.comment.mentionable({ programmeId: world.programme.id, query: "" })).toHaveLength(6);
    expect(await people.viewer.caller.comment.mentionable({ programmeId: world.programme.id, query: "", limit: 2 })).toHaveLength(2);
  });
});

describe("threads on the programme text", () => {
  it("keeps the anchors as base64 relative positions and the quote, and tells open editors", async () => {
    textEvents.length = 0;
    const a = anchors();
    const { threadId, commentId } = await people.viewer.caller.comment.start({
      target: { type: "text", programmeId: world.programme.id, ...a, quote: "school" },
      body: "Welke scholen doen mee, @Anouk Ambtenaar?",
    });
    const [thread] = (await people.partner.caller.comment.threads({ target: "text", programmeId: world.programme.id })).filter((t) => t.id === threadId);
    expect(thread).toMatchObject({ target: "text", anchorStart: a.anchorStart, anchorEnd: a.anchorEnd, quote: "school" });
    // The stored bytes decode to the same relative positions.
    const stored = await db.commentThread.findUniqueOrThrow({ where: { id: threadId } });
    expect(Y.decodeRelativePosition(new Uint8Array(stored.anchorStart!))).toEqual(Y.decodeRelativePosition(Buffer.from(a.anchorStart, "base64")));
    expect((await notificationsOf(people.civil.id)).at(-1)).toMatchObject({
      kind: "mention",
      params: { actor: "Vera Meelezer", subject: world.programme.title },
      link: `/g/${slug}/programma/${world.programme.id}/tekst?reactie=${threadId}`,
    });
    // Text threads are not listed with the action's, nor the action's with the text's.
    expect((await actionThreads(people.partner.caller)).map((t) => t.id)).not.toContain(threadId);

    const { commentId: replyId } = await people.civil.caller.comment.reply({ threadId, body: "De drie basisscholen in Noord." });
    await people.civil.caller.comment.edit({ commentId: replyId, body: "De drie basisscholen in Noord, en De Linde." });
    await people.civil.caller.comment.resolve({ threadId });
    await people.civil.caller.comment.reopen({ threadId });
    await people.viewer.caller.comment.delete({ commentId });
    expect(textEvents).toEqual(Array(6).fill(world.programme.id));
    // Comments elsewhere do not disturb the editors.
    await people.viewer.caller.comment.start({ target: onAction(), body: "Los hiervan." });
    expect(textEvents).toHaveLength(6);
  });

  it("refuses anchors that are not Yjs relative positions, and a quote over 500 characters, with a clear error", async () => {
    const valid = anchors();
    const start = (override: Record<string, string>) =>
      refusal(people.partner.caller.comment.start({ target: { type: "text", programmeId: world.programme.id, ...valid, quote: "school", ...override }, body: "Hallo" }));
    for (const anchorStart of ["", "niet base64!", "aGVsbG8=", `${valid.anchorStart.slice(0, -4)}AAAA`, Buffer.alloc(201, 1).toString("base64")]) {
      const error = await start({ anchorStart });
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.message).toContain("errors.comment.anchorInvalid");
    }
    // Trailing bytes after a valid position are refused as well.
    const padded = Buffer.concat([Buffer.from(valid.anchorEnd, "base64"), Buffer.from([0, 0, 0])]).toString("base64");
    expect((await start({ anchorEnd: padded })).message).toContain("errors.comment.anchorInvalid");
    expect((await start({ quote: "x".repeat(501) })).message).toContain("errors.comment.quoteTooLong");
    expect(await codeOf(people.partner.caller.comment.start({ target: { type: "text", programmeId: world.programme.id } as never, body: "Hallo" }))).toBe("BAD_REQUEST");
  });
});
