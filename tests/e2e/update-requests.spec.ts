import { readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { E2E_DB_FILE } from "./paths.js";
import { expectAccessible, login } from "./support.js";

/*
 * Update requests, from the civil servant's form to the owner's saved update: the owner
 * (the demo council member, who has no action.track) opens the link in the newest mail,
 * lands on the focused progress form, types one sentence and saves with one click.
 */

const OWNER = "raad@koers.test";

/** The path in the newest update-request mail to this address (the outbox is the mail server in tests). */
async function requestLinkFromLastMail(to: string): Promise<string> {
  const { databaseUrl } = JSON.parse(readFileSync(E2E_DB_FILE, "utf8")) as { databaseUrl: string };
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ text: string }>(
      `SELECT text FROM "OutboxMail" WHERE "to" = $1 AND text LIKE '%?verzoek=%' ORDER BY "createdAt" DESC LIMIT 1`,
      [to],
    );
    const match = result.rows[0]?.text.match(/https?:\/\/[^\s/]+(\/g\/[a-z0-9-]+\/acties\/[0-9a-f-]{36}\?verzoek=[0-9a-f-]{36}#voortgang)/);
    if (!match?.[1]) throw new Error(`no update request link in mail to ${to}`);
    return match[1];
  } finally {
    await client.end();
  }
}

/** The programme page of a section, found through the main navigation. */
async function openFromNavigation(page: Page, name: string): Promise<string> {
  await page.goto("/g/lindeveen");
  const href = await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name, exact: true }).getAttribute("href");
  await page.goto(href ?? "");
  return new URL(page.url()).pathname;
}

async function as<T>(browser: Browser, email: string, work: (page: Page) => Promise<T>, options: { javaScriptEnabled?: boolean } = {}): Promise<T> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  try {
    await login(page, email);
    return await work(page);
  } finally {
    await context.close();
  }
}

/** A deadline some weeks ahead, as the date field takes it. */
function daysAhead(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

test("a civil servant asks a domain's owners; the owner answers from the mail in one click; the dashboard counts it", async ({ page, browser }) => {
  const deadline = daysAhead(23);
  const dutchDeadline = new Intl.DateTimeFormat("nl-NL", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${deadline}T00:00:00Z`));
  await login(page, "ambtenaar@koers.test");
  const requestsPath = await openFromNavigation(page, "Voortgangsverzoeken");
  await expect(page.getByRole("heading", { level: 1, name: "Voortgangsverzoeken" })).toBeVisible();
  await expectAccessible(page);

  // Step 1: one domain. The preview says whom the request reaches.
  const filters = page.getByRole("form", { name: "1. Welke acties?" });
  await filters.getByLabel("Domein").selectOption({ label: "Veiligheid" });
  await filters.getByRole("button", { name: "Bekijk wie het verzoek krijgt" }).click();
  await expect(page).toHaveURL(/[?&]domein=[0-9a-f-]{36}/);
  const send = page.getByRole("form", { name: "2. Uiterste datum en bericht" });
  await expect(send.getByRole("status")).toContainText(/Dit verzoek gaat naar \d+ eigenaren? over \d+ acties?\./);

  // Step 2: deadline and message, then send.
  await send.getByLabel("Uiterste datum").fill(deadline);
  await send.getByLabel("Bericht (niet verplicht)").fill("Graag een korte stand van zaken voor het wijkoverleg.");
  await send.getByRole("button", { name: "Verzoek versturen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Het verzoek is verstuurd naar" })).toBeVisible();
  const sent = page.getByRole("article", { name: `Verzoek met uiterste datum ${dutchDeadline}` });
  await expect(sent).toContainText("Gevraagd door Anouk Ambtenaar");
  await expect(sent).toContainText("Domein: Veiligheid");
  await expect(sent).toContainText(/0 van \d+ beantwoord/);
  const items = sent.getByRole("table");
  await expect(items.getByRole("row").filter({ hasText: "Rana de Raad" }).first()).toContainText("Open");
  await expectAccessible(page);

  // The owner opens the link from the newest mail and lands on the focused progress form.
  const link = await requestLinkFromLastMail(OWNER);
  const actionTitle = await as(browser, OWNER, async (owner) => {
    await owner.goto(link);
    const form = owner.getByRole("region", { name: "Voortgangsrapportage toevoegen" });
    await expect(form.getByRole("note", { name: "Voortgangsverzoek" })).toContainText(`Anouk Ambtenaar vraagt u vóór ${dutchDeadline} om een voortgangsupdate.`);
    await expect(form.getByRole("note")).toContainText("Graag een korte stand van zaken voor het wijkoverleg.");
    const text = form.getByLabel("Wat is er gebeurd?");
    await expect(text).toBeFocused();
    await expect(form.getByLabel("Datum van de rapportage")).not.toHaveValue("");
    await expectAccessible(owner);

    await owner.keyboard.type("Het jongerenpanel kwam twee keer bijeen; de wijkagent schoof aan.");
    await form.getByRole("button", { name: "Rapportage toevoegen" }).click();
    await expect(owner.getByRole("status").filter({ hasText: "De voortgangsrapportage is toegevoegd." })).toBeVisible();
    await expect(owner.getByRole("region", { name: "Voortgangsrapportages" }).getByRole("listitem").first()).toContainText("door Rana de Raad");
    await expect(form.getByRole("note")).toHaveCount(0);
    return (await owner.getByRole("heading", { level: 1 }).textContent())?.trim() ?? "";
  });

  // The request now counts one answer, on its page and on the dashboard.
  await page.goto(requestsPath);
  const answered = page.getByRole("article", { name: `Verzoek met uiterste datum ${dutchDeadline}` });
  await expect(answered).toContainText(/1 van \d+ beantwoord/);
  await answered.getByRole("link", { name: /Toon de acties/ }).click();
  await expect(answered.getByRole("row").filter({ hasText: actionTitle })).toContainText("Beantwoord");
  await expect(answered.getByRole("row").filter({ hasText: actionTitle })).toContainText("Het jongerenpanel kwam twee keer bijeen");

  await openFromNavigation(page, "Dashboard");
  const section = page.getByRole("region", { name: "Voortgangsverzoeken" });
  const entry = section.getByRole("listitem").filter({ has: page.getByRole("link", { name: `Verzoek met uiterste datum ${dutchDeadline}` }) });
  await expect(entry).toContainText(/1 van \d+ beantwoord/);
  await expectAccessible(page);
});

test("the owner sees what is asked of them on the dashboard", async ({ browser }) => {
  await as(browser, OWNER, async (owner) => {
    await openFromNavigation(owner, "Dashboard");
    const asked = owner.getByRole("region", { name: "Voortgangsverzoeken" });
    await expect(asked.getByRole("heading", { name: "Gevraagd aan u" })).toBeVisible();
    await expectAccessible(owner);
  });
});

test("without JavaScript the preview follows the chosen filter, and a past deadline is refused next to the field", async ({ browser }) => {
  await as(
    browser,
    "ambtenaar@koers.test",
    async (page) => {
      await openFromNavigation(page, "Voortgangsverzoeken");
      const filters = page.getByRole("form", { name: "1. Welke acties?" });
      await filters.getByLabel("Domein").selectOption({ label: "Onderwijs" });
      await filters.getByRole("group", { name: "Status" }).getByLabel("In uitvoering").check();
      await filters.getByRole("button", { name: "Bekijk wie het verzoek krijgt" }).click();
      await expect(page).toHaveURL(/status=in_progress/);
      const send = page.getByRole("form", { name: "2. Uiterste datum en bericht" });
      await expect(send.getByRole("status")).toContainText(/Dit verzoek gaat naar \d+ eigenaren? over \d+ acties?\./);
      await expect(filters.getByLabel("Domein")).toHaveValue(new URL(page.url()).searchParams.get("domein") ?? "");

      await send.getByLabel("Uiterste datum").fill("2020-01-01");
      await send.getByRole("button", { name: "Verzoek versturen" }).click();
      const field = send.getByLabel("Uiterste datum");
      await expect(field).toHaveAttribute("aria-invalid", "true");
      await expect(field).toHaveAccessibleDescription(/Kies een uiterste datum vanaf vandaag/);
      // (axe needs JavaScript; the same page is checked with it in the first test.)
    },
    { javaScriptEnabled: false },
  );
});
