import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, login } from "./support.js";

const CHAPTERS = ["Onderwijs", "Gezondheid", "Veiligheid", "Ruimtelijk domein"];

/** Opens the current programme through the main navigation, as a member would. */
async function openProgramme(page: Page): Promise<string> {
  await page.goto("/g/lindeveen");
  await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Programma", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Raadsprogramma 2026–2030/ })).toBeVisible();
  return new URL(page.url()).pathname;
}

const chapterHeadings = (page: Page) => page.locator("section.koers-chapter[id^='hoofdstuk-'] > h2");
const chapter = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

test("the overview reads as the programme: four chapters in order, each with its goals, actions and progress", async ({ page }) => {
  await login(page, "ambtenaar@koers.test");
  await openProgramme(page);
  await expect(page).toHaveTitle(/^Raadsprogramma 2026–2030/);
  await expect(page.getByText("1 april 2026 – 31 maart 2030")).toBeVisible();
  await expect(page.locator(".koers-programme-header")).toContainText("Inspraak");

  await expect(chapterHeadings(page)).toHaveText(CHAPTERS);
  const contents = page.getByRole("navigation", { name: "Inhoud" });
  await expect(contents.getByRole("listitem")).toHaveText(CHAPTERS);

  const onderwijs = chapter(page, "Onderwijs");
  await expect(onderwijs.getByRole("link", { name: "Eén aanspreekpunt bij de gemeente voor scholen met zorgvragen" })).toBeVisible();
  await expect(onderwijs.getByRole("link", { name: "Minder voortijdig schoolverlaters en thuiszitters" })).toHaveAttribute("href", /\/g\/lindeveen\/doelen\//);
  await expect(onderwijs.getByRole("img", { name: /^Voortgang Onderwijs: \d+ van \d+ afgerond \(\d+%\)$/ })).toBeVisible();
  await expect(onderwijs.getByText(/^\d+ van \d+ afgerond \(\d+%\)$/)).toBeVisible();
  const firstRow = onderwijs.getByRole("table", { name: "Acties in het hoofdstuk Onderwijs" }).getByRole("row").nth(1);
  await expect(firstRow.getByRole("cell").nth(1)).toHaveText(/^(Voorgesteld|Gepland|In uitvoering|Afgerond|Geblokkeerd|Vervallen)$/);
  await expect(chapter(page, "Veiligheid").getByRole("link", { name: "Buurtbemiddeling in alle wijken" })).toHaveAttribute("href", /\/g\/lindeveen\/acties\//);
  for (const name of CHAPTERS) await expect(chapter(page, name).getByRole("table")).toBeVisible();

  // The table of contents leads to the chapter.
  await contents.getByRole("link", { name: "Veiligheid" }).click();
  await expect(page).toHaveURL(/#hoofdstuk-/);

  // A civil servant adds actions, not goals, and does not set the programme up.
  await expect(page.getByRole("heading", { name: "Actie toevoegen" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Doel toevoegen" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Instellingen" })).toHaveCount(0);
  await expectAccessible(page);
});

test("a civil servant adds an action to a chapter and lands on its page", async ({ page }) => {
  await login(page, "ambtenaar@koers.test");
  await openProgramme(page);
  const title = `Actie e2e programma ${Date.now()}`;
  await page.getByLabel("Titel van de actie").fill(title);
  await page.getByLabel("Hoofdstuk (domein)").selectOption({ label: "Gezondheid" });
  await page.getByRole("button", { name: "Actie toevoegen" }).click();
  await expect(page).toHaveURL(/\/g\/lindeveen\/acties\/[0-9a-f-]{36}$/);
  await openProgramme(page);
  await expect(chapter(page, "Gezondheid").getByRole("link", { name: title })).toBeVisible();
});

test("a council member adds a goal; an empty title is refused next to the field and creates nothing", async ({ page }) => {
  await login(page, "raad@koers.test");
  const overview = await openProgramme(page);
  const goalLinks = page.locator("section.koers-chapter a[href*='/doelen/']");
  const before = await goalLinks.count();

  await page.getByRole("button", { name: "Doel toevoegen" }).click();
  const titleField = page.getByLabel("Titel van het doel");
  await expect(titleField).toHaveAttribute("aria-invalid", "true");
  await expect(titleField).toHaveAccessibleDescription(/Geef het doel een titel\./);
  await expect(goalLinks).toHaveCount(before);
  await expectAccessible(page);

  const title = `Minder eenzaamheid onder ouderen (e2e ${Date.now()})`;
  await titleField.fill(title);
  await page.getByLabel("Toelichting").fill("Ouderen doen mee in hun buurt.\n\nSamen met de bibliotheek en het welzijnswerk.");
  await page.getByLabel("Domein", { exact: true }).selectOption({ label: "Veiligheid" });
  await page.getByRole("button", { name: "Doel toevoegen" }).click();
  await expect(page.getByRole("status")).toContainText(`Het doel ‘${title}’ is toegevoegd.`);
  await expect(goalLinks).toHaveCount(before + 1);
  await expect(chapter(page, "Veiligheid").getByRole("link", { name: title })).toBeVisible();

  await chapter(page, "Veiligheid").getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveTitle(`${title} — Koers`);
  await expect(page.locator(".koers-facts")).toContainText("Veiligheid");
  await expect(page.locator("p.koers-prose")).toHaveText(["Ouderen doen mee in hun buurt.", "Samen met de bibliotheek en het welzijnswerk."]);
  await expect(page.getByRole("link", { name: /Raadsprogramma 2026–2030/ })).toHaveAttribute("href", overview);

  // An indicator, the Dutch way: "12,5" is twelve and a half; "veel" is not a number.
  await page.getByLabel("Naam van de indicator").fill("Ouderen die zich eenzaam voelen");
  await page.getByLabel("Eenheid", { exact: true }).fill("%");
  await page.getByLabel("Richting", { exact: true }).selectOption({ label: "Lager is beter" });
  const baseline = page.getByRole("group", { name: "Nulmeting" });
  const target = page.getByRole("group", { name: "Streefwaarde" });
  await baseline.getByLabel("Waarde").fill("veel");
  await baseline.getByLabel("Datum").fill("2026-01-01");
  await target.getByLabel("Waarde").fill("9,5");
  await target.getByLabel("Datum").fill("2025-01-01");
  await page.getByRole("button", { name: "Indicator toevoegen" }).click();
  await expect(baseline.getByLabel("Waarde")).toHaveAccessibleDescription(/Vul een getal in/);
  await expect(page.getByLabel("Naam van de indicator")).toHaveValue("Ouderen die zich eenzaam voelen");
  await expect(target.getByLabel("Waarde")).toHaveValue("9,5");
  await expectAccessible(page);

  // With the numbers right, the dates are checked against each other.
  await baseline.getByLabel("Waarde").fill("12,5");
  await page.getByRole("button", { name: "Indicator toevoegen" }).click();
  await expect(target.getByLabel("Datum")).toHaveAccessibleDescription(/na de datum van de nulmeting/);
  await target.getByLabel("Datum").fill("2030-01-01");
  await page.getByRole("button", { name: "Indicator toevoegen" }).click();
  await expect(page.getByRole("status")).toContainText("De indicator ‘Ouderen die zich eenzaam voelen’ is toegevoegd.");
  const row = page.getByRole("table", { name: /indicator/ }).getByRole("row", { name: /Ouderen die zich eenzaam voelen/ });
  await expect(row).toContainText("9,5%");
  await expect(row).toContainText("Geen gegevens");
  await expect(row.getByRole("link")).toHaveAttribute("href", /\/g\/lindeveen\/indicatoren\//);

  // Editing the goal moves it to another chapter.
  await page.getByLabel("Domein", { exact: true }).selectOption({ label: "Gezondheid" });
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByRole("status")).toContainText("De wijzigingen in het doel zijn opgeslagen.");
  await page.goto(overview);
  await expect(chapter(page, "Gezondheid").getByRole("link", { name: title })).toBeVisible();
  await expect(chapter(page, "Veiligheid").getByRole("link", { name: title })).toHaveCount(0);
});

test("a goal page lists its indicators and actions, accessibly", async ({ page }) => {
  await login(page, "ambtenaar@koers.test");
  await openProgramme(page);
  await chapter(page, "Onderwijs").getByRole("link", { name: "Minder voortijdig schoolverlaters en thuiszitters" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Minder voortijdig schoolverlaters en thuiszitters" })).toBeVisible();
  const indicators = page.getByRole("table", { name: /indicatoren? bij dit doel/ });
  await expect(indicators.getByRole("link", { name: "Voortijdig schoolverlaters (nieuwe vsv'ers)" })).toBeVisible();
  await expect(indicators.getByRole("row").nth(1).getByRole("cell").nth(3)).toHaveText(/^[✓!✕–]?(Op koers|Risico|Uit koers|Geen gegevens)$/);
  await expect(page.getByRole("table", { name: /dragen? bij aan dit doel/ }).getByRole("row")).not.toHaveCount(1);
  // A civil servant neither edits goals nor adds indicators.
  await expect(page.getByRole("heading", { name: "Doel bewerken" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Indicator toevoegen" })).toHaveCount(0);
  await expectAccessible(page);
});

test("an admin adds a domain, renames it, moves it up, archives it and restores it", async ({ page }) => {
  await login(page, "beheer@koers.test");
  const overview = await openProgramme(page);
  await page.getByRole("link", { name: "Instellingen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen" })).toBeVisible();
  await expect(page).toHaveTitle("Instellingen — Koers");
  await expectAccessible(page);

  // An empty name is refused next to the field.
  await page.getByRole("button", { name: "Domein toevoegen" }).click();
  await expect(page.getByLabel("Naam van het domein")).toHaveAccessibleDescription(/Geef het domein een naam\./);

  const stamp = Date.now();
  const name = `Cultuur ${stamp}`;
  const renamed = `Cultuur en erfgoed ${stamp}`;
  await page.getByLabel("Naam van het domein").fill(name);
  await page.getByRole("button", { name: "Domein toevoegen" }).click();
  await expect(page.getByRole("status")).toContainText(`Het domein ‘${name}’ is toegevoegd`);
  const domainHeadings = page.locator(".koers-domain > h3");
  await expect(domainHeadings).toHaveText([...CHAPTERS, name]);

  await page.getByLabel(`Naam van ${name}`).fill(renamed);
  await page.getByRole("button", { name: `Opslaan ${name}` }).click();
  await expect(page.getByRole("status")).toContainText(`Het domein heet nu ‘${renamed}’.`);
  await page.getByRole("button", { name: `Omhoog ${renamed}` }).click();
  await expect(domainHeadings).toHaveText([...CHAPTERS.slice(0, 3), renamed, CHAPTERS[3]!]);
  await expectAccessible(page);

  await page.goto(overview);
  await expect(chapterHeadings(page)).toHaveText([...CHAPTERS.slice(0, 3), renamed, CHAPTERS[3]!]);

  await page.getByRole("link", { name: "Instellingen" }).click();
  await page.getByRole("button", { name: `Archiveren ${renamed}` }).click();
  await expect(page.getByRole("status")).toContainText(`Het domein ‘${renamed}’ is gearchiveerd`);
  await expect(domainHeadings).toHaveText(CHAPTERS);
  // Restore straight from the confirmation (the archived list below offers the same button).
  await page.getByRole("status").getByRole("button", { name: `Terugzetten ${renamed}` }).click();
  await expect(domainHeadings).toHaveText([...CHAPTERS.slice(0, 3), renamed, CHAPTERS[3]!]);
  await page.getByRole("button", { name: `Archiveren ${renamed}` }).click();
  await expect(domainHeadings).toHaveText(CHAPTERS);
  // Coming back later, the archived domain is listed and can still be restored.
  await page.goto(page.url());
  await expect(page.getByRole("heading", { name: "Gearchiveerde domeinen" })).toBeVisible();
  await expect(page.getByRole("button", { name: `Terugzetten ${renamed}` })).toHaveCount(1);
  await expectAccessible(page);

  await page.goto(overview);
  await expect(chapterHeadings(page)).toHaveText(CHAPTERS);
});

test("an admin cannot archive a domain that still has actions", async ({ page }) => {
  await login(page, "beheer@koers.test");
  const overview = await openProgramme(page);
  await page.goto(`${overview}/instellingen`);
  await page.getByRole("button", { name: "Archiveren Onderwijs" }).click();
  const card = page.locator(".koers-domain", { has: page.getByRole("heading", { name: "Onderwijs" }) });
  await expect(card.getByRole("alert")).toContainText("Dit domein heeft nog acties.");
  await expect(page.locator(".koers-domain > h3")).toHaveText(CHAPTERS);
  await expectAccessible(page);
});

test("a partner reads the programme but adds nothing and has no settings (403)", async ({ page }) => {
  await login(page, "partner@koers.test");
  const overview = await openProgramme(page);
  await expect(chapterHeadings(page)).toHaveText(CHAPTERS);
  await expect(page.getByRole("heading", { name: "Doel toevoegen" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Actie toevoegen" })).toHaveCount(0);
  await expect(page.getByRole("main").locator("form")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Instellingen" })).toHaveCount(0);
  await expectAccessible(page);

  const response = await page.goto(`${overview}/instellingen`);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();

  // A programme that does not exist (or is not this municipality's) is a 404.
  expect((await page.goto("/g/lindeveen/programma/00000000-0000-4000-8000-000000000000"))?.status()).toBe(404);
  expect((await page.goto("/g/lindeveen/programma/geen-id"))?.status()).toBe(404);
  expect((await page.goto("/g/lindeveen/doelen/00000000-0000-4000-8000-000000000000"))?.status()).toBe(404);
});
