import path from "node:path";
import { randomUUID } from "node:crypto";
import express, { type ErrorRequestHandler } from "express";
import { pinoHttp } from "pino-http";
import { DEFAULT_LOCALE, translator } from "@koers/i18n";
import { createExpressMiddleware } from "@trpc/server/adapters/express";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import { PROJECT_ROOT, type Config } from "../config.js";
import type { Db } from "../db.server.js";
import type { Logger } from "../logger.js";
import type { ProgrammeTextEvents } from "../collab/projection-runner.js";
import { appRouter, createCaller } from "../trpc/root.js";
import { requestContext, sameOriginWrites, type RequestLocals } from "./request-context.js";

export type HttpDeps = {
  config: Config;
  db: Db;
  log: Logger;
  publicUrl: string;
  /** The Remix server build; without it only /healthz and /trpc are served (API tests). */
  remixBuild?: ServerBuild;
  /** The live programme texts, so changes made elsewhere reach them. */
  text?: ProgrammeTextEvents | undefined;
};

/** What Remix loaders and actions receive as `context`. app/ imports this type only. */
export type KoersLoadContext = {
  trpc: ReturnType<typeof createCaller>;
  user: { id: string; email: string; name: string; locale: string } | null;
  locale: RequestLocals["locale"];
  requestId: string;
};

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** The one HTTP application: /healthz, /trpc, static assets, then Remix for every page. */
export function createHttpApp(deps: HttpDeps): express.Express {
  const { config, db, log } = deps;
  const app = express();
  app.disable("x-powered-by");
  if (config.trustProxy) app.set("trust proxy", true);

  app.use(
    pinoHttp({
      logger: log,
      genReqId: (req, res) => {
        const given = req.headers["x-request-id"];
        const id = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
        res.setHeader("X-Request-Id", id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === "/healthz" || req.url?.startsWith("/build/") === true },
      // One short line per request: no headers (they carry cookies), no query strings (they
      // can carry reset tokens in links).
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split("?")[0] }),
        res: (res: { statusCode: number }) => ({ status: res.statusCode }),
      },
    }),
  );
  app.use((_req, res, next) => {
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Referrer-Policy", "same-origin");
    next();
  });

  app.get("/healthz", async (_req, res) => {
    try {
      await db.$queryRaw`SELECT 1`;
      res.json({ status: "ok" });
    } catch (error) {
      log.error({ err: error }, "health check: database unreachable");
      res.status(503).json({ status: "unavailable", database: "unreachable" });
    }
  });

  app.use(sameOriginWrites);
  app.use(requestContext({ db, config, log, publicUrl: deps.publicUrl, text: deps.text }));
  app.use(
    "/trpc",
    createExpressMiddleware({
      router: appRouter,
      createContext: ({ res }) => (res.locals as RequestLocals).trpcContext,
      onError: ({ error, path: procedure }) => {
        if (error.code === "INTERNAL_SERVER_ERROR") log.error({ err: error, procedure }, "procedure failed");
      },
    }),
  );

  if (deps.remixBuild) {
    // Fingerprinted assets from the Remix build: cache for a year.
    app.use("/build", express.static(path.join(PROJECT_ROOT, "build", "client"), { immutable: true, maxAge: "1y" }));
    app.all(
      "*",
      createRequestHandler({
        build: deps.remixBuild,
        mode: config.env === "development" ? "development" : "production",
        getLoadContext: (_req, res): KoersLoadContext => {
          const locals = res.locals as RequestLocals;
          const ctx = locals.trpcContext;
          return { trpc: createCaller(ctx), user: ctx.session?.user ?? null, locale: locals.locale, requestId: ctx.requestId };
        },
      }),
    );
  }

  const onError: ErrorRequestHandler = (error, req, res, _next) => {
    req.log?.error({ err: error }, "request failed");
    if (res.headersSent) return;
    res.status(500).type("text/plain").send(translator(DEFAULT_LOCALE)("errorPage.serverError.body"));
  };
  app.use(onError);
  return app;
}
