import { test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { login } from "./support.js";

// Several people in browsers of their own (the collaborative pages): each test's contexts are
// closed after it, also when it fails, and uncaught errors in any of them are printed then.

export type Person = { context: BrowserContext; page: Page; errors: string[] };

const opened: BrowserContext[] = [];
const people: { email: string; errors: string[] }[] = [];

/** Registers the clean-up; call once at the top of a spec file. */
export function closePeopleAfterEachTest(): void {
  test.afterEach(async ({}, testInfo) => {
    if (testInfo.status !== testInfo.expectedStatus) {
      for (const person of people) if (person.errors.length) console.log(`errors in ${person.email}'s browser:\n${person.errors.join("\n")}`);
    }
    people.splice(0);
    await Promise.all(opened.splice(0).map((context) => context.close()));
  });
}

export async function newContext(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "nl-NL", ...options });
  opened.push(context);
  return context;
}

/** A browser of its own for one demo account, collecting uncaught errors (hydration, editor). */
export async function personFor(browser: Browser, email: string): Promise<Person> {
  const context = await newContext(browser);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error" && !/WebSocket connection to .* failed/.test(message.text())) errors.push(message.text());
  });
  people.push({ email, errors });
  await login(page, email);
  return { context, page, errors };
}
