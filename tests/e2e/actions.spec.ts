import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible, login, unique } from "./support.js";

/*
 * The action list (filters in the URL, sorting, paging, CSV) and an action's page (tracking,
 * progress reports, history, read-only members). Tests that change an action create their
 * own, so the demo actions other spec files read stay as they were.
 */

const STATUS_LABELS: Record<string, string> = { planned: "Gepland", in_progress: "In uitvoering" };

async function openActionList(page: Page): Promise<string> {
  await page.goto("/g/lindeveen");
  // Follow the navigation's link by its address: a click right after load can race hydration.
  const href = await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Acties" }).getAttribute("href");
  await page.goto(href ?? "");
  await expect(page.getByRole("heading", { level: 1, name: "Acties" })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** A fresh action of this test's own, made through the "Nieuwe actie" form; returns its path. */
async function createAction(page: Page, title: string, domain = "Veiligheid"): Promise<string> {
  await openActionList(page);
  const form = page.getByRole("region", { name: "Nieuwe actie" });
  await form.getByLabel("Titel").fill(title);
  await form.getByLabel("Domein").selectOption({ label: domain });
  await form.getByRole("button", { name: "Actie aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("De actie is aangemaakt");
  return new URL(page.url()).pathname;
}

/** The value of one fact in the list at the top of an action's page. */
function fact(page: Page, name: string) {
  return page.getByRole("region", { name: "Gegevens van de actie" }).locator(`dt:text-is("${name}") + dd`);
}

function statusBadge(page: Page) {
  return page.locator(".koers-lead-status .koers-badge").first();
}

test("the list filters by domain and status in the URL, sorts, pages and exports CSV", async ({ page }) => {
  await login(page, "ambtenaar@koers.test");
  const listPath = await openActionList(page);
  await expect(page.locator("caption")).toContainText(/\d+ acties/);
  await expectAccessible(page);

  const filters = page.getByRole("form", { name: "Filters" });
  await filters.getByLabel("Domein").selectOption({ label: "Veiligheid" });
  await filters.getByRole("group", { name: "Status" }).getByLabel("Gepland").check();
  await filters.getByRole("group", { name: "Status" }).getByLabel("In uitvoering").check();
  await filters.getByRole("button", { name: "Filters toepassen" }).click();

  await expect(page).toHaveURL(/[?&]domein=[0-9a-f-]{36}/);
  const url = new URL(page.url());
  expect(url.searchParams.getAll("status").sort()).toEqual(["in_progress", "planned"]);
  const rows = page.locator("table.koers-action-table tbody tr");
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const cells = rows.nth(i).locator("td");
    await expect(cells.nth(0)).toContainText("Veiligheid");
    const status = (await cells.nth(1).locator(".koers-badge").first().textContent())?.trim();
    expect(Object.values(STATUS_LABELS)).toContain(status);
  }
  const total = Number((await page.locator("caption").textContent())?.match(/^(\d+) acties?$/)?.[1]);
  expect(total).toBe(Math.max(count, total));
  expect(count).toBe(Math.min(total, 25));
  // The filters stay filled in after the page reloads.
  await expect(filters.getByLabel("Domein")).toHaveValue(url.searchParams.get("domein") ?? "");
  await expect(filters.getByRole("group", { name: "Status" }).getByLabel("Gepland")).toBeChecked();
  await expectAccessible(page);

  // Sort by due date: the header link keeps the filters and marks the column.
  await page.getByRole("columnheader", { name: /Einddatum/ }).getByRole("link").click();
  await expect(page).toHaveURL(/sorteer=dueDate/);
  expect(new URL(page.url()).searchParams.getAll("status").sort()).toEqual(["in_progress", "planned"]);
  await expect(page.getByRole("columnheader", { name: /Einddatum/ })).toHaveAttribute("aria-sort", "ascending");
  const dates = await page.locator("table.koers-action-table tbody time").evaluateAll((els) => els.map((el) => el.getAttribute("datetime") ?? ""));
  expect(dates.length).toBeGreaterThan(1);
  expect(dates).toEqual([...dates].sort());
  await page.getByRole("columnheader", { name: /Einddatum/ }).getByRole("link").click();
  await expect(page.getByRole("columnheader", { name: /Einddatum/ })).toHaveAttribute("aria-sort", "descending");

  // The CSV link carries the same filters; the file is Dutch Excel's CSV.
  const csvLink = page.getByRole("link", { name: "Exporteer als CSV" });
  expect(await csvLink.getAttribute("href")).toContain(`${listPath}.csv?`);
  expect(await csvLink.getAttribute("href")).toContain("status=planned");
  const downloading = page.waitForEvent("download");
  await csvLink.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^acties-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path()) ?? "", "utf8");
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const lines = csv.slice(1).split("\r\n").filter(Boolean);
  expect(lines[0]).toBe("Titel;Domein;Andere domeinen;Status;Eigenaar;Startdatum;Einddatum;Budget (euro);Labels;Doelen;Te laat");
  expect(lines.length).toBe(total + 1);
  const firstTitle = (await rows.first().locator("th").textContent())?.trim() ?? "";
  const csvRow = lines.find((line) => line.startsWith(firstTitle) || line.startsWith(`"${firstTitle}`));
  expect(csvRow, `a CSV row for ${firstTitle}`).toBeTruthy();
  expect(csvRow).toMatch(/;(Gepland|In uitvoering);/);
  expect(csvRow).toMatch(/;(ja|nee)$/);

  // Clearing the filters brings back the whole list; then page through it 25 at a time.
  await page.getByRole("link", { name: "Filters wissen" }).click();
  await expect(page).toHaveURL(new RegExp(`${listPath}$`));
  const paging = page.getByRole("navigation", { name: "Paginering" });
  await page.getByLabel("Acties per pagina").selectOption("50");
  await page.getByRole("button", { name: "Toon" }).click();
  await expect(page).toHaveURL(/per-pagina=50/);
  await expect(paging).toContainText("Pagina 1 van 1");
  await page.getByLabel("Acties per pagina").selectOption("25");
  await page.getByRole("button", { name: "Toon" }).click();
  await expect(page).toHaveURL(/per-pagina=25/);
  await expect(paging).toContainText("Pagina 1 van 2");
  await expect(rows).toHaveCount(25);
  await paging.getByRole("link", { name: "Volgende" }).click();
  await expect(page).toHaveURL(/[?&]pagina=2/);
  await expect(paging).toContainText("Pagina 2 van 2");
  await expect(paging.getByRole("link", { name: "Vorige" })).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(0);
});

test("a list where nothing matches explains itself; a reader gets no form to create actions", async ({ page }) => {
  await login(page, "meelezer@koers.test");
  const listPath = await openActionList(page);
  await expect(page.getByRole("region", { name: "Nieuwe actie" })).toHaveCount(0);
  await page.goto(`${listPath}?zoek=${encodeURIComponent("bestaat-zeker-niet-xyz")}`);
  await expect(page.getByText("Geen acties gevonden die bij deze filters passen.")).toBeVisible();
  await expect(page.locator("table.koers-action-table")).toHaveCount(0);
  await expectAccessible(page);
});

test("a civil servant moves an action into progress, with owner and due date, and sees it in the history", async ({ page }) => {
  await login(page, "ambtenaar@koers.test");
  const title = unique("Buurtpreventie-app voor de wijk Noord");
  await createAction(page, title);
  await expect(statusBadge(page)).toHaveText("Voorgesteld");
  await expectAccessible(page);

  const form = page.getByRole("region", { name: "Voortgang bijhouden" });
  // Only the moves the rules allow are offered.
  const offered = await form.getByLabel("Status", { exact: true }).locator("option").allTextContents();
  expect(offered).toEqual(["Voorgesteld (huidige status)", "Gepland", "In uitvoering", "Vervallen"]);
  await form.getByLabel("Status", { exact: true }).selectOption({ label: "In uitvoering" });
  await form.getByLabel("Eigenaar").selectOption({ label: "Anouk Ambtenaar" });
  await form.getByLabel("Startdatum").fill("2026-03-01");
  await form.getByLabel("Einddatum").fill("2027-06-30");
  await form.getByLabel("Budget (euro)").fill("12.500,50");
  await form.getByRole("button", { name: "Voortgang opslaan" }).click();

  await expect(page.getByRole("status").filter({ hasText: "De voortgang is opgeslagen." })).toBeVisible();
  await expect(statusBadge(page)).toHaveText("In uitvoering");
  await expect(fact(page, "Eigenaar")).toHaveText("Anouk Ambtenaar");
  await expect(fact(page, "Startdatum")).toHaveText("1 mrt 2026");
  await expect(fact(page, "Einddatum")).toHaveText("30 jun 2027");
  await expect(fact(page, "Budget (euro)")).toHaveText("€ 12.500,50");

  const history = page.getByRole("region", { name: "Wijzigingsgeschiedenis" });
  const entry = history.getByRole("row").filter({ hasText: "Voortgang bijgewerkt" });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText("Anouk Ambtenaar");
  await expect(entry).toContainText(/Status: Voorgesteld\s*→?\s*wordt\s*In uitvoering/);
  await expect(entry).toContainText("Einddatum");
  await expect(entry).toContainText("30 jun 2027");
  await expect(history.getByRole("row").filter({ hasText: "Actie aangemaakt" })).toHaveCount(1);
  await expectAccessible(page);
});

test("a progress report appears at the top of the timeline", async ({ page }) => {
  await login(page, "ambtenaar@koers.test");
  const title = unique("Extra straatverlichting in het Lindepark");
  await createAction(page, title);
  const form = page.getByRole("region", { name: "Voortgangsrapportage toevoegen" });
  await form.getByLabel("Datum van de rapportage").fill("2026-05-15");
  await form.getByLabel("Status").selectOption({ label: "Gepland" });
  await form.getByLabel("Wat is er gebeurd?").fill("Schouw met de buurtvereniging gehouden; twaalf donkere plekken gevonden.");
  await form.getByRole("button", { name: "Rapportage toevoegen" }).click();

  await expect(page.getByRole("status").filter({ hasText: "De voortgangsrapportage is toegevoegd." })).toBeVisible();
  const timeline = page.getByRole("region", { name: "Voortgangsrapportages" });
  const first = timeline.getByRole("listitem").first();
  await expect(first).toContainText("15 mei 2026");
  await expect(first).toContainText("Gepland");
  await expect(first).toContainText("door Anouk Ambtenaar");
  await expect(first).toContainText("twaalf donkere plekken");
  await expect(statusBadge(page)).toHaveText("Gepland");
  // The report form is empty again, ready for the next one.
  await expect(form.getByLabel("Wat is er gebeurd?")).toHaveValue("");
  await expect(page.getByRole("region", { name: "Wijzigingsgeschiedenis" })).toContainText("Voortgangsrapportage toegevoegd");
});

test("a due date before the start date is refused next to the field and changes nothing", async ({ page }) => {
  await login(page, "ambtenaar@koers.test");
  const title = unique("Veilig naar school: oversteekplaatsen");
  const path = await createAction(page, title);
  const form = page.getByRole("region", { name: "Voortgang bijhouden" });
  await form.getByLabel("Status", { exact: true }).selectOption({ label: "Gepland" });
  await form.getByLabel("Startdatum").fill("2026-09-01");
  await form.getByLabel("Einddatum").fill("2026-08-01");
  await form.getByRole("button", { name: "Voortgang opslaan" }).click();

  const due = form.getByLabel("Einddatum");
  await expect(due).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#track-due-error")).toHaveText(/De einddatum ligt vóór de startdatum/);
  await expect(due).toHaveAccessibleDescription(/De einddatum ligt vóór de startdatum/);
  // What the person typed is still there to correct.
  await expect(due).toHaveValue("2026-08-01");
  await expectAccessible(page);

  await page.goto(path);
  await expect(statusBadge(page)).toHaveText("Voorgesteld");
  await expect(fact(page, "Startdatum")).toHaveText("Niet ingevuld");
  await expect(fact(page, "Einddatum")).toHaveText("Niet ingevuld");
  await expect(page.getByRole("region", { name: "Wijzigingsgeschiedenis" }).getByRole("row").filter({ hasText: "Voortgang bijgewerkt" })).toHaveCount(0);
});

test("a partner reads an action but has no tracking forms, and a forged POST is refused", async ({ page, browser }) => {
  const path = await asCivilServant(browser, async (staff) => {
    const created = await createAction(staff, unique("Weerbaarheidstraining in de brugklas"), "Onderwijs");
    const form = staff.getByRole("region", { name: "Voortgangsrapportage toevoegen" });
    await form.getByLabel("Wat is er gebeurd?").fill("Eerste gesprek met de scholen gevoerd.");
    await form.getByRole("button", { name: "Rapportage toevoegen" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "toegevoegd" })).toBeVisible();
    return created;
  });

  await login(page, "partner@koers.test");
  await page.goto(path);
  await expect(statusBadge(page)).toHaveText("Voorgesteld");
  await expect(page.getByRole("region", { name: "Voortgangsrapportages" })).toContainText("Eerste gesprek met de scholen gevoerd.");
  // A partner talks and commits (the "Reacties" and "Toezeggingen" sections), and tracks nothing.
  await expect(page.getByRole("main").locator("form:not(#reacties form):not(#toezeggingen form)")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Voortgang bijhouden" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Gegevens wijzigen" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Wijzigingsgeschiedenis" })).toHaveCount(0);
  await expectAccessible(page);

  const response = await page.request.post(path, {
    form: { intent: "track", status: "in_progress", statusReason: "", ownerId: "", startDate: "", dueDate: "2027-01-01", budget: "", tags: "" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  expect(await response.text()).toContain("Geen toegang");

  await page.reload();
  await expect(statusBadge(page)).toHaveText("Voorgesteld");
  await expect(fact(page, "Einddatum")).toHaveText("Niet ingevuld");
});

test("a council member changes an action's details and archives it; it leaves the list and comes back", async ({ page }) => {
  await login(page, "raad@koers.test");
  const title = unique("Jongerenwerk op vrijdagavond");
  await createAction(page, title);
  // The council decides about actions but does not track them.
  await expect(page.getByRole("heading", { name: "Voortgang bijhouden" })).toHaveCount(0);

  const form = page.getByRole("region", { name: "Gegevens wijzigen" });
  const renamed = `${title} en zaterdag`;
  await form.getByLabel("Titel").fill(renamed);
  await form.getByLabel("Beschrijving").fill("Het jongerencentrum blijft in het weekend tot middernacht open.");
  await form.getByRole("group", { name: "Raakt ook deze domeinen" }).getByLabel("Gezondheid").check();
  const goals = form.getByRole("group", { name: "Draagt bij aan deze doelen" }).getByRole("checkbox");
  const goal = (await form.getByRole("group", { name: "Draagt bij aan deze doelen" }).locator("label").first().textContent())?.trim() ?? "";
  await goals.first().check();
  await form.getByRole("button", { name: "Gegevens opslaan" }).click();

  await expect(page.getByRole("status").filter({ hasText: "De gegevens van de actie zijn opgeslagen." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(renamed);
  await expect(fact(page, "Raakt ook deze domeinen")).toHaveText("Gezondheid");
  await expect(fact(page, "Draagt bij aan deze doelen").getByRole("link", { name: goal })).toHaveAttribute("href", /\/g\/lindeveen\/doelen\//);
  const entry = page.getByRole("region", { name: "Wijzigingsgeschiedenis" }).getByRole("row").filter({ hasText: "Gegevens gewijzigd" });
  await expect(entry).toContainText("Andere domeinen");
  await expect(entry).toContainText(renamed);
  await expectAccessible(page);

  await page.getByRole("button", { name: /Actie archiveren/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "De actie is gearchiveerd." })).toBeVisible();
  const path = new URL(page.url()).pathname;
  const listPath = await openActionList(page);
  await page.goto(`${listPath}?zoek=${encodeURIComponent(renamed)}`);
  await expect(page.getByText("Geen acties gevonden die bij deze filters passen.")).toBeVisible();

  await page.goto(path);
  await page.getByRole("button", { name: /Actie terugzetten/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "De actie is teruggezet." })).toBeVisible();
  await page.goto(`${listPath}?zoek=${encodeURIComponent(renamed)}`);
  await expect(page.getByRole("link", { name: renamed })).toBeVisible();
});

async function asCivilServant<T>(browser: Browser, work: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "nl-NL" });
  try {
    const page = await context.newPage();
    await login(page, "ambtenaar@koers.test");
    return await work(page);
  } finally {
    await context.close();
  }
}
