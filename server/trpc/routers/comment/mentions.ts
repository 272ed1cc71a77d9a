import { findMentions } from "@koers/domain";
import type { Prisma } from "../../../db.server.js";
import { notify } from "../../../services/notify.js";
import { threadLink, type ThreadTarget } from "./access.js";

type Tx = Prisma.TransactionClient;

/**
 * The members of the municipality a body mentions, resolved on the server from the names as
 * written in Koers, so a mention cannot name someone outside the municipality.
 */
export async function mentionedMembers(tx: Tx, municipalityId: string, body: string): Promise<{ id: string; name: string }[]> {
  if (!body.includes("@")) return [];
  const members = await tx.membership.findMany({ where: { municipalityId }, select: { user: { select: { id: true, name: true } } } });
  return findMentions(
    body,
    members.map(({ user }) => user),
  );
}

type Happening = {
  target: ThreadTarget;
  threadId: string;
  actor: { id: string; name: string };
  /** Newly mentioned in this comment. */
  mentionedIds: readonly string[];
  /** For a reply: who should hear of it (earlier writers and the starter). */
  replyRecipientIds?: readonly string[];
};

/**
 * Notifies the newly mentioned (kind "mention") and, for a reply, the thread's earlier writers
 * and its starter (kind "reply") — nobody twice for one comment, never the author.
 */
export async function notifyAboutComment(tx: Tx, happening: Happening, publicUrl: string): Promise<void> {
  const { target, actor } = happening;
  const base = {
    municipalityId: target.municipalityId,
    actorId: actor.id,
    params: { actor: actor.name, subject: target.subject },
    link: threadLink(target, happening.threadId),
  };
  if (happening.mentionedIds.length > 0) {
    await notify(tx, { ...base, kind: "mention", recipientIds: happening.mentionedIds }, publicUrl);
  }
  const mentioned = new Set(happening.mentionedIds);
  const replyTo = (happening.replyRecipientIds ?? []).filter((id) => !mentioned.has(id));
  if (replyTo.length > 0) {
    await notify(tx, { ...base, kind: "reply", recipientIds: replyTo }, publicUrl);
  }
}
