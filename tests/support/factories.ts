import { randomBytes } from "node:crypto";
import { pino } from "pino";
import type { Role } from "@koers/domain";
import { loadConfig, type Config } from "../../server/config.js";
import type { Db } from "../../server/db.server.js";
import { hashPassword } from "../../server/auth/password.js";
import { appRouter, createCaller, type Caller } from "../../server/trpc/root.js";
import type { Context } from "../../server/trpc/context.js";

export const TEST_PASSWORD = "correct horse battery";
let passwordHash: Promise<string> | undefined;

export const testConfig: Config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", DATABASE_URL: "postgresql://unused/x" });
const silent = pino({ level: "silent" });

const unique = () => randomBytes(4).toString("hex");

export async function createUser(db: Db, overrides: { email?: string; name?: string; password?: string | null } = {}) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const hash = overrides.password === null ? null : overrides.password ? await hashPassword(overrides.password) : await passwordHash;
  return db.user.create({
    data: {
      email: overrides.email ?? `user-${unique()}@example.test`,
      name: overrides.name ?? `Gebruiker ${unique()}`,
      passwordHash: hash,
    },
  });
}

export async function createMunicipality(db: Db, name = `Gemeente ${unique()}`) {
  return db.municipality.create({ data: { name, slug: `gemeente-${unique()}` } });
}

export async function createOrganisation(db: Db, municipalityId: string, name = `Organisatie ${unique()}`) {
  return db.organisation.create({ data: { municipalityId, name, type: "school" } });
}

/** A user who is a member with this role (partners get an organisation of their own). */
export async function createMember(db: Db, municipalityId: string, role: Role, organisationId?: string) {
  const user = await createUser(db);
  const orgId = role === "partner" ? (organisationId ?? (await createOrganisation(db, municipalityId)).id) : null;
  const membership = await db.membership.create({
    data: { userId: user.id, municipalityId, role, organisationId: orgId },
  });
  return { user, membership };
}

export type TestCaller = Caller & { cookies: string[]; context: Context };

/** A server-side caller as the given user (or anonymous), like a Remix loader would get. */
export function callerFor(
  db: Db,
  user: { id: string; email: string; name: string; locale?: string } | null,
  options: { ip?: string; config?: Config; text?: Context["text"] } = {},
): TestCaller {
  const cookies: string[] = [];
  const context: Context = {
    db,
    config: options.config ?? testConfig,
    log: silent,
    requestId: `test-${unique()}`,
    ip: options.ip ?? "127.0.0.1",
    userAgent: "vitest",
    session: user
      ? { sessionId: `test-${unique()}`, user: { id: user.id, email: user.email, name: user.name, locale: user.locale ?? "nl" } }
      : null,
    publicUrl: "http://koers.test",
    secureCookies: false,
    setCookie: (value) => cookies.push(value),
    text: options.text,
  };
  // The caller is a proxy that treats every property as a procedure path, so the routers are
  // copied onto a plain object that can also carry the cookies and the context.
  const caller = createCaller(context);
  const routers = Object.fromEntries(Object.keys(appRouter._def.record).map((key) => [key, caller[key as keyof Caller]]));
  return { ...(routers as Caller), cookies, context };
}

/** A member ready to act: their caller and what tests compare with (id, name, email). */
export type TestPerson = { caller: TestCaller; id: string; name: string; email: string };

/** A new member of the municipality in the role (a partner of the organisation), with a caller. */
export async function createPerson(db: Db, municipalityId: string, role: Role, organisationId?: string): Promise<TestPerson> {
  const { user } = await createMember(db, municipalityId, role, organisationId);
  return { caller: callerFor(db, user), id: user.id, name: user.name, email: user.email };
}

/** The token from the newest mail to this address (the outbox is the mail server in tests). */
export async function tokenFromLastMail(db: Db, to: string, pathPrefix: string): Promise<string> {
  const mail = await db.outboxMail.findFirst({ where: { to }, orderBy: { createdAt: "desc" } });
  const match = mail?.text.match(new RegExp(`${pathPrefix}/([A-Za-z0-9_-]+)`));
  if (!match?.[1]) throw new Error(`no ${pathPrefix} link in mail to ${to}`);
  return match[1];
}

/** A programme with its four default domains, one goal with one indicator, and one action. */
export async function createProgramme(db: Db, municipalityId: string) {
  const programme = await db.programme.create({
    data: {
      municipalityId,
      title: `Raadsprogramma ${unique()}`,
      termStart: new Date("2026-04-01"),
      termEnd: new Date("2030-03-31"),
      domains: { create: ["Onderwijs", "Gezondheid", "Veiligheid", "Ruimtelijk domein"].map((name, order) => ({ name, order })) },
    },
    include: { domains: { orderBy: { order: "asc" } } },
  });
  const [onderwijs, gezondheid] = programme.domains;
  const goal = await db.goal.create({ data: { programmeId: programme.id, domainId: onderwijs!.id, title: "Minder voortijdig schoolverlaters" } });
  const indicator = await db.indicator.create({
    data: {
      goalId: goal.id,
      name: "Voortijdig schoolverlaters",
      unit: "%",
      direction: "lower_is_better",
      baselineValue: 2.4,
      baselineDate: new Date("2024-01-01"),
      targetValue: 1.5,
      targetDate: new Date("2030-01-01"),
    },
  });
  const action = await db.action.create({
    data: {
      programmeId: programme.id,
      primaryDomainId: onderwijs!.id,
      title: "Eén loket voor zorgvragen van scholen",
      otherDomains: { create: [{ domainId: gezondheid!.id }] },
      goals: { create: [{ goalId: goal.id }] },
    },
  });
  return { programme, domains: programme.domains, goal, indicator, action };
}
