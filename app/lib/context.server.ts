import type { AppLoadContext } from "@remix-run/node";
import type { KoersLoadContext } from "../../server/http/app.js";

/** The typed load context (server/http/app.ts builds it; app/ takes only the type). */
export function koers(context: AppLoadContext): KoersLoadContext {
  return context as unknown as KoersLoadContext;
}
