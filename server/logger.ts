import { pino, type Logger } from "pino";
import type { Config } from "./config.js";

export type { Logger };

/** Structured JSON logs on stdout; one line per event, request id attached by pino-http. */
export function createLogger(config: Pick<Config, "logLevel">): Logger {
  return pino({
    level: config.logLevel,
    base: { service: "koers" },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ["req.headers.cookie", "req.headers.authorization", "*.password", "*.token"], remove: true },
  });
}
