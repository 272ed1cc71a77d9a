import type { Config } from "../config.js";
import type { Db } from "../db.server.js";
import type { Logger } from "../logger.js";
import type { ResolvedSession } from "../auth/session.server.js";
import type { ProgrammeTextEvents } from "../collab/projection-runner.js";

/** What every procedure receives. Built once per request by server/http (for /trpc and Remix). */
export type Context = {
  db: Db;
  config: Config;
  log: Logger;
  requestId: string;
  ip: string;
  userAgent: string | undefined;
  session: ResolvedSession | null;
  /** Base URL for links in mail. */
  publicUrl: string;
  /** Cookies are Secure when the request came over HTTPS. */
  secureCookies: boolean;
  /** Adds a Set-Cookie header to the response of this request. */
  setCookie: (value: string) => void;
  /** The live programme texts (absent when no collaboration server runs, e.g. API tests). */
  text?: ProgrammeTextEvents | undefined;
};
