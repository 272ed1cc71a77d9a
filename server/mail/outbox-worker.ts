import nodemailer from "nodemailer";
import type { Db } from "../db.server.js";
import type { Logger } from "../logger.js";
import type { OutgoingMail } from "./outbox.js";

export type MailTransport = { send: (mail: OutgoingMail) => Promise<void> };

const MAX_ATTEMPTS = 5;
const BATCH = 20;
const SEND_TIMEOUT_MS = 60_000;

/** SMTP when SMTP_URL is set; otherwise mail is written to the log (development, demo). */
export function createMailTransport(options: { smtpUrl?: string | undefined; from: string; log: Logger }): MailTransport {
  if (!options.smtpUrl) {
    return {
      send: async (mail) => {
        options.log.info({ mail: { to: mail.to, subject: mail.subject, text: mail.text } }, "mail (not sent: no SMTP_URL)");
      },
    };
  }
  const transporter = nodemailer.createTransport(options.smtpUrl);
  return {
    send: async (mail) => {
      await transporter.sendMail({ from: options.from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}

/**
 * Delivers pending mail, one row per short transaction: the row is claimed with FOR UPDATE
 * SKIP LOCKED, so several server processes can run the worker without sending a mail twice,
 * and a slow mail server holds up one row, not a batch. Delivery is at least once: a crash
 * between sending and marking sends that one mail again.
 */
export async function deliverPendingMail(db: Db, transport: MailTransport, log: Logger): Promise<number> {
  let delivered = 0;
  for (let i = 0; i < BATCH; i++) {
    const outcome = await db.$transaction(
      async (tx) => {
        const [row] = await tx.$queryRaw<{ id: string; to: string; subject: string; text: string; attempts: number }[]>`
          SELECT id, "to", subject, text, attempts FROM "OutboxMail"
          WHERE status = 'pending' AND "nextAttemptAt" <= now()
          ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED`;
        if (!row) return "empty" as const;
        const attempts = row.attempts + 1;
        try {
          await transport.send({ to: row.to, subject: row.subject, text: row.text });
          await tx.outboxMail.update({ where: { id: row.id }, data: { status: "sent", sentAt: new Date(), attempts } });
          return "sent" as const;
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          log.warn({ mailId: row.id, attempts, err: message }, "mail delivery failed");
          await tx.outboxMail.update({
            where: { id: row.id },
            data: {
              attempts,
              lastError: message.slice(0, 1000),
              status: attempts >= MAX_ATTEMPTS ? "failed" : "pending",
              nextAttemptAt: new Date(Date.now() + retryDelayMs(attempts)),
            },
          });
          return "failed" as const;
        }
      },
      { timeout: SEND_TIMEOUT_MS },
    );
    if (outcome === "empty") break;
    if (outcome === "sent") delivered++;
  }
  return delivered;
}

/** 30 s, 1 min, 2 min, 4 min … between attempts. */
export function retryDelayMs(attempts: number): number {
  return 30_000 * 2 ** (attempts - 1);
}

/** Polls the outbox until stopped. */
export function startOutboxWorker(db: Db, transport: MailTransport, log: Logger, intervalMs = 2000): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const timer = setInterval(() => {
    if (stopped) return;
    running = running
      .then(() => deliverPendingMail(db, transport, log))
      .catch((error: unknown) => log.error({ err: error }, "outbox worker failed"));
  }, intervalMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
