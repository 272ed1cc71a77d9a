import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const flag = z
  .enum(["0", "1", "true", "false", "yes", "no"])
  .transform((value) => value === "1" || value === "true" || value === "yes");

const positiveInt = z.coerce.number().int().positive();

/** Every environment variable Koers reads, with its default. README.md lists them too. */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgresql://")
    .optional(),
  KOERS_DATA_DIR: z.string().min(1).default(".data"),
  KOERS_DEMO: flag.optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  TRUST_PROXY: flag.default(false),
  SESSION_TTL_DAYS: positiveInt.default(30),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Koers <noreply@koers.test>"),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: positiveInt.default(5),
  LOGIN_MAX_FAILURES_PER_IP: positiveInt.default(30),
  LOGIN_WINDOW_MINUTES: positiveInt.default(15),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must start with redis:// or rediss://")
    .optional(),
  COLLAB_MAX_MESSAGE_BYTES: positiveInt.default(8 * 1024 * 1024),
  COLLAB_MAX_DOCUMENT_BYTES: positiveInt.default(32 * 1024 * 1024),
  COLLAB_ACCESS_RECHECK_MS: positiveInt.default(2_000),
  KOERS_JOBS: z.enum(["on", "off"]).default("on"),
  KOERS_DAILY_JOB_HOUR: z.coerce.number().int().min(0).max(23).default(7),
});

export type Config = {
  env: "development" | "production" | "test";
  port: number;
  host: string;
  publicUrl: string | undefined;
  databaseUrl: string | undefined;
  dataDir: string;
  seedDemo: boolean;
  logLevel: z.infer<typeof envSchema>["LOG_LEVEL"];
  trustProxy: boolean;
  sessionTtlMs: number;
  smtpUrl: string | undefined;
  mailFrom: string;
  loginLimits: { perAccount: number; perIp: number; windowMs: number };
  collab: { maxMessageBytes: number; maxDocumentBytes: number; accessRecheckMs: number };
  redisUrl: string | undefined;
  /** The daily jobs (overdue actions, mail digest): whether this process runs them, and from which hour (Europe/Amsterdam). */
  jobs: { enabled: boolean; dailyHour: number };
};

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

/**
 * Reads the environment once at start-up. A bad value stops start-up with a message naming
 * the variable (never a stack trace about something else later).
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(
    Object.keys(envSchema.shape)
      .filter((key) => env[key] !== undefined && env[key] !== "")
      .map((key) => [key, env[key]]),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "environment");
      return `${name}=${JSON.stringify(env[name] ?? "")}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n  ${lines.join("\n  ")}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ""),
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(PROJECT_ROOT, e.KOERS_DATA_DIR),
    // The embedded database is the zero-setup demo; an external one gets demo data on request.
    seedDemo: e.KOERS_DEMO ?? e.DATABASE_URL === undefined,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    sessionTtlMs: e.SESSION_TTL_DAYS * 24 * 60 * 60 * 1000,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    loginLimits: {
      perAccount: e.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      perIp: e.LOGIN_MAX_FAILURES_PER_IP,
      windowMs: e.LOGIN_WINDOW_MINUTES * 60 * 1000,
    },
    collab: {
      maxMessageBytes: e.COLLAB_MAX_MESSAGE_BYTES,
      maxDocumentBytes: e.COLLAB_MAX_DOCUMENT_BYTES,
      accessRecheckMs: e.COLLAB_ACCESS_RECHECK_MS,
    },
    redisUrl: e.REDIS_URL,
    jobs: { enabled: e.KOERS_JOBS === "on", dailyHour: e.KOERS_DAILY_JOB_HOUR },
  };
}

/** The URL people reach Koers on, for links in mail. */
export function publicUrlOf(config: Config, listeningPort: number): string {
  return config.publicUrl ?? `http://localhost:${listeningPort}`;
}
