import { can, isRole, type Role } from "@koers/domain";
import { programmeIdOf } from "@koers/editor";
import type { Db } from "../db.server.js";

export type DocumentAccess = {
  programmeId: string;
  municipalityId: string;
  role: Role;
  readOnly: boolean;
};

/** A refusal Hocuspocus passes to the client as the reason of "permission denied". */
export class AccessRefused extends Error {
  constructor(readonly reason: "not-found" | "forbidden") {
    super(reason);
    this.name = "AccessRefused";
  }
}

/**
 * May this user open this document, and may they write? From the one capability matrix:
 * `programme.view` to read, `programme.editText` to write. A document that is not a
 * programme of a municipality the user belongs to is "not-found" (nothing is revealed).
 */
export async function accessTo(db: Db, userId: string, documentName: string): Promise<DocumentAccess> {
  const programmeId = programmeIdOf(documentName);
  if (!programmeId) throw new AccessRefused("not-found");
  const programme = await db.programme.findUnique({ where: { id: programmeId }, select: { municipalityId: true } });
  if (!programme) throw new AccessRefused("not-found");
  const membership = await db.membership.findUnique({
    where: { userId_municipalityId: { userId, municipalityId: programme.municipalityId } },
    select: { role: true, organisationId: true },
  });
  if (!membership || !isRole(membership.role)) throw new AccessRefused("not-found");
  const actor = { role: membership.role, organisationId: membership.organisationId };
  if (!can(actor, "programme.view")) throw new AccessRefused("forbidden");
  return {
    programmeId,
    municipalityId: programme.municipalityId,
    role: membership.role,
    readOnly: !can(actor, "programme.editText"),
  };
}

/**
 * The write mode each (session, user, municipality) has now, in two queries for all open
 * connections: "write", "read", or "none" when the session ended or the membership is gone.
 */
export async function currentModes(
  db: Db,
  holders: ReadonlyArray<{ sessionId: string; userId: string; municipalityId: string }>,
): Promise<Map<string, "write" | "read" | "none">> {
  const modes = new Map<string, "write" | "read" | "none">();
  if (holders.length === 0) return modes;
  const now = new Date();
  const sessions = await db.session.findMany({
    where: { id: { in: [...new Set(holders.map((h) => h.sessionId))] }, expiresAt: { gt: now } },
    select: { id: true },
  });
  const liveSessions = new Set(sessions.map((s) => s.id));
  const memberships = await db.membership.findMany({
    where: {
      userId: { in: [...new Set(holders.map((h) => h.userId))] },
      municipalityId: { in: [...new Set(holders.map((h) => h.municipalityId))] },
    },
    select: { userId: true, municipalityId: true, role: true, organisationId: true },
  });
  const roleOf = new Map(memberships.map((m) => [`${m.userId}:${m.municipalityId}`, m]));
  for (const holder of holders) {
    const key = modeKey(holder);
    const membership = roleOf.get(`${holder.userId}:${holder.municipalityId}`);
    if (!liveSessions.has(holder.sessionId) || !membership || !isRole(membership.role)) {
      modes.set(key, "none");
      continue;
    }
    const actor = { role: membership.role, organisationId: membership.organisationId };
    modes.set(key, !can(actor, "programme.view") ? "none" : can(actor, "programme.editText") ? "write" : "read");
  }
  return modes;
}

export function modeKey(holder: { sessionId: string; userId: string; municipalityId: string }): string {
  return `${holder.sessionId}:${holder.userId}:${holder.municipalityId}`;
}
