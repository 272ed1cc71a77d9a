import type { AddressInfo } from "node:net";
import { pino } from "pino";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../../server/db.server.js";
import { enqueueMail } from "../../../../server/mail/outbox.js";
import { createMailTransport, deliverPendingMail, retryDelayMs, type MailTransport } from "../../../../server/mail/outbox-worker.js";
import { freshDatabase } from "../../../support/database.js";

const log = pino({ level: "silent" });
let db: Db;
let smtp: SMTPServer;
let smtpPort: number;
const received: { to: string[]; raw: string }[] = [];

beforeAll(async () => {
  ({ db } = await freshDatabase());
  // A local SMTP server stands in for the municipality's mail server (the outside world).
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString()));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

async function queue(to: string) {
  await db.$transaction((tx) => enqueueMail(tx, { to, subject: "Uitnodiging voor Koers", text: `Hallo ${to}` }));
}

describe("mail outbox", () => {
  it("delivers queued mail over SMTP when SMTP_URL is set, once", async () => {
    await queue("smtp@example.test");
    const transport = createMailTransport({ smtpUrl: `smtp://127.0.0.1:${smtpPort}`, from: "Koers <noreply@koers.test>", log });
    expect(await deliverPendingMail(db, transport, log)).toBe(1);
    expect(received.map((m) => m.to)).toEqual([["smtp@example.test"]]);
    expect(received[0]?.raw).toContain("Subject: Uitnodiging voor Koers");
    expect(await deliverPendingMail(db, transport, log)).toBe(0);
    expect((await db.outboxMail.findFirstOrThrow({ where: { to: "smtp@example.test" } })).status).toBe("sent");
  });

  it("keeps mail that could not be delivered, retries it later with back-off, and gives up after five attempts", async () => {
    await queue("retry@example.test");
    const failing: MailTransport = { send: async () => Promise.reject(new Error("mail server down")) };
    const mail = () => db.outboxMail.findFirstOrThrow({ where: { to: "retry@example.test" } });
    await deliverPendingMail(db, failing, log);
    expect(await mail()).toMatchObject({ status: "pending", attempts: 1, lastError: "mail server down" });
    // Not retried at once: the next round leaves it alone until its back-off has passed.
    await deliverPendingMail(db, failing, log);
    expect((await mail()).attempts).toBe(1);
    expect((await mail()).nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 20_000);
    for (let attempt = 2; attempt <= 5; attempt++) {
      await db.outboxMail.updateMany({ where: { to: "retry@example.test" }, data: { nextAttemptAt: new Date(0) } });
      await deliverPendingMail(db, failing, log);
    }
    expect(await mail()).toMatchObject({ status: "failed", attempts: 5 });
    expect(retryDelayMs(1)).toBe(30_000);
    expect(retryDelayMs(4)).toBe(240_000);
  });

  it("never sends a mail twice when two workers run at once", async () => {
    for (let i = 0; i < 10; i++) await queue(`parallel-${i}@example.test`);
    const sent: string[] = [];
    const slow: MailTransport = {
      send: async (mail) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        sent.push(mail.to);
      },
    };
    const [a, b] = await Promise.all([deliverPendingMail(db, slow, log), deliverPendingMail(db, slow, log)]);
    expect(a + b).toBe(10);
    expect(new Set(sent).size).toBe(10);
    expect(sent.length).toBe(10);
  });

  it("writes mail to the log when no SMTP_URL is set", async () => {
    const lines: string[] = [];
    const capture = pino({ level: "info" }, { write: (line: string) => void lines.push(line) });
    await createMailTransport({ from: "x", log: capture }).send({ to: "log@example.test", subject: "Onderwerp", text: "Tekst" });
    expect(lines.join("")).toContain("log@example.test");
  });
});
