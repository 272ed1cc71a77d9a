import { randomUUID } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import { parse } from "cookie";
import { DEFAULT_LOCALE, isLocale, translator, type Locale } from "@koers/i18n";
import type { Config } from "../config.js";
import type { Db } from "../db.server.js";
import type { Logger } from "../logger.js";
import { resolveSession } from "../auth/session.server.js";
import type { Context } from "../trpc/context.js";
import type { ProgrammeTextEvents } from "../collab/projection-runner.js";

export const LOCALE_COOKIE = "koers_lang";

/** Per request: the tRPC context (shared by /trpc and Remix) and the interface language. */
export type RequestLocals = { trpcContext: Context; locale: Locale };

/**
 * Resolves the session once per request and builds the context every procedure receives,
 * so /trpc and the Remix loaders see exactly the same user and the same rules.
 */
export function requestContext(deps: { db: Db; config: Config; log: Logger; publicUrl: string; text?: ProgrammeTextEvents | undefined }) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const session = await resolveSession(deps.db, req.headers.cookie, deps.config.sessionTtlMs);
      const secure = req.secure || deps.publicUrl.startsWith("https://");
      const requestId = String(req.id ?? randomUUID());
      const context: Context = {
        db: deps.db,
        config: deps.config,
        log: deps.log.child({ requestId }),
        requestId,
        ip: req.ip ?? req.socket.remoteAddress ?? "unknown",
        userAgent: req.headers["user-agent"],
        session,
        publicUrl: deps.publicUrl,
        secureCookies: secure,
        setCookie: (value) => {
          res.append("Set-Cookie", value);
        },
        text: deps.text,
      };
      // Dutch unless the person chose English (on this device, or on their account). The
      // browser's language is not used: a Dutch municipality's product speaks Dutch first.
      const chosen = parse(req.headers.cookie ?? "")[LOCALE_COOKIE];
      const locale = isLocale(chosen) ? chosen : isLocale(session?.user.locale) ? session.user.locale : DEFAULT_LOCALE;
      res.locals.trpcContext = context;
      res.locals.locale = locale;
      next();
    } catch (error) {
      next(error);
    }
  };
}

/**
 * Refuses state-changing requests whose Origin is another site. SameSite=Lax cookies already
 * keep the session out of cross-site POSTs; this closes the gap for older browsers.
 */
export function sameOriginWrites(req: Request, res: Response, next: NextFunction) {
  if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return next();
  const origin = req.headers.origin;
  if (!origin || origin === "null") return next();
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    res.status(403).type("text/plain").send(translator(DEFAULT_LOCALE)("errors.crossSite"));
    return;
  }
  const expected = req.headers["x-forwarded-host"] ?? req.headers.host;
  if (host !== expected) {
    res.status(403).type("text/plain").send(translator(DEFAULT_LOCALE)("errors.crossSite"));
    return;
  }
  next();
}
