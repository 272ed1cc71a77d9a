import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import pg from "pg";
import { E2E_DB_FILE } from "./paths.js";

export const DEMO_PASSWORD = "koers-demo";

export async function login(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** Fails on any WCAG 2.1 A or AA violation axe finds on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, summary.join("\n")).toEqual([]);
}

/** The link in the newest mail to this address; in tests the outbox table is the mail server. */
export async function linkFromLastMail(to: string, path: string): Promise<string> {
  const { databaseUrl } = JSON.parse(readFileSync(E2E_DB_FILE, "utf8")) as { databaseUrl: string };
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ text: string }>(
      `SELECT text FROM "OutboxMail" WHERE "to" = $1 ORDER BY "createdAt" DESC LIMIT 1`,
      [to],
    );
    const match = result.rows[0]?.text.match(new RegExp(`https?://[^\\s]+(${path}/[A-Za-z0-9_-]+)`));
    if (!match?.[1]) throw new Error(`no ${path} link in mail to ${to}`);
    return match[1];
  } finally {
    await client.end();
  }
}

/** A title or word no other test (or earlier run on the same server) has used. */
export const unique = (what: string): string => `${what} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
