import type { Prisma } from "../db.server.js";

export type OutgoingMail = { to: string; subject: string; text: string };

/**
 * Queues a mail in the caller's transaction: it is sent only if the change that caused it
 * commits, and it is not lost if the mail server is down (the worker retries).
 */
export async function enqueueMail(tx: Prisma.TransactionClient, mail: OutgoingMail): Promise<void> {
  await tx.outboxMail.create({ data: mail });
}
