import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible, login } from "./support.js";

/*
 * Indicator page, dashboard and gaps. The tests that record measurements work on an indicator
 * of their own (made through the API as a council member), so the demo data other files read
 * stays as it is. Counts are read from the pages rather than assumed.
 */

const GOAL_TITLE = `Meetdoel voor de e2e-test ${Date.now()}`;
const INDICATOR_NAME = "Kinderen met een zwemdiploma (e2e)";

type Fixture = { programmePath: string; indicatorPath: string; goalId: string };
let fixture: Promise<Fixture> | null = null;

/** The current programme's address, through the main navigation as a member finds it. */
async function programmePath(page: Page): Promise<string> {
  await page.goto("/g/lindeveen");
  const href = await page
    .getByRole("navigation", { name: "Hoofdnavigatie" })
    .getByRole("link", { name: "Dashboard", exact: true })
    .getAttribute("href");
  return href!.replace(/\/dashboard$/, "");
}

/** A goal (in Gezondheid, without actions) with one indicator, created once per run through /trpc. */
function ownIndicator(browser: Browser, baseURL: string): Promise<Fixture> {
  fixture ??= (async () => {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await login(page, "raad@koers.test");
    const path = await programmePath(page);
    const programmeId = path.split("/").at(-1)!;
    const call = async <T>(procedure: string, input: unknown): Promise<T> => {
      const response = await page.request.post(`/trpc/${procedure}`, { data: input });
      expect(response.ok(), await response.text()).toBe(true);
      return ((await response.json()) as { result: { data: T } }).result.data;
    };
    const choices = await page.request.get(`/trpc/programme.choices?input=${encodeURIComponent(JSON.stringify({ programmeId }))}`);
    const domains = ((await choices.json()) as { result: { data: { domains: { id: string; name: string }[] } } }).result.data.domains;
    const domainId = domains.find((d) => d.name === "Gezondheid")?.id ?? domains[0]!.id;
    const goal = await call<{ id: string }>("goal.create", { programmeId, title: GOAL_TITLE, domainId });
    const indicator = await call<{ id: string }>("indicator.create", {
      goalId: goal.id,
      name: INDICATOR_NAME,
      unit: "%",
      direction: "higher_is_better",
      baselineValue: 20,
      baselineDate: "2024-01-01",
      targetValue: 30,
      targetDate: "2030-12-31",
      source: "GGD-monitor",
    });
    await context.close();
    return { programmePath: path, indicatorPath: `/g/lindeveen/indicatoren/${indicator.id}`, goalId: goal.id };
  })();
  return fixture;
}

/** Collects uncaught errors in the page, such as React hydration mismatches between server and browser. */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

const measurementRows = (page: Page) => page.getByRole("table", { name: /^Meetwaarden van / }).locator("tbody tr[data-date]");

test("a civil servant records a measurement; table, chart and status show it", async ({ page, browser, baseURL }) => {
  const { indicatorPath } = await ownIndicator(browser, baseURL!);
  const errors = pageErrors(page);
  await login(page, "ambtenaar@koers.test");
  await page.goto(indicatorPath);
  await expect(page.getByRole("heading", { level: 1, name: INDICATOR_NAME })).toBeVisible();
  await expect(page.getByRole("link", { name: GOAL_TITLE })).toBeVisible();
  await expect(page.locator(".koers-indicator-status-block")).toContainText("Geen gegevens");
  await expect(page.getByText("Er zijn nog geen meetwaarden vastgelegd.")).toBeVisible();
  const chart = page.getByRole("img", { name: `Verloop van ${INDICATOR_NAME}` });
  await expect(chart).toBeVisible();
  await expect(chart.locator("circle[data-date]")).toHaveCount(0);
  await expectAccessible(page);

  const form = page.getByRole("region", { name: "Meetwaarde vastleggen" });
  await form.getByLabel("Datum van de meting").fill("2025-06-01");
  await form.getByLabel("Waarde (%)").fill("23,5");
  await form.getByLabel("Toelichting (niet verplicht)").fill("Eerste meting na de zwemlessen op school");
  await form.getByRole("button", { name: "Meetwaarde vastleggen" }).click();

  await expect(page).toHaveURL(/vastgelegd=2025-06-01/);
  await expect(page.getByRole("status").filter({ hasText: "De meetwaarde van" })).toHaveText("De meetwaarde van 1 jun 2025 is vastgelegd.");
  const row = measurementRows(page).filter({ hasText: "1 jun 2025" });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell")).toHaveText(["23,5%", "Eerste meting na de zwemlessen op school", "Anouk Ambtenaar"]);
  await expect(chart.locator('circle[data-date="2025-06-01"]')).toHaveAttribute("data-value", "23.5");
  await expect(chart.locator("desc")).toContainText("1 meting, 23,5% op 1 jun 2025.");
  // Baseline 20% (1 Jan 2024) and 23,5% (1 Jun 2025): the line reaches 37,3% by the target date.
  await expect(page.locator(".koers-indicator-status-block")).toContainText("Op koers");
  await expect(page.locator(".koers-indicator-status-block")).toContainText(
    "Bij deze trend wordt in december 2030 naar verwachting 37,3% gehaald; het doel is 30%.",
  );
  await expectAccessible(page);
  expect(errors).toEqual([]);
});

test("a value that is not a number is refused next to the field, and nothing is recorded", async ({ page, browser, baseURL }) => {
  const { indicatorPath } = await ownIndicator(browser, baseURL!);
  await login(page, "ambtenaar@koers.test");
  await page.goto(indicatorPath);
  const before = await measurementRows(page).count();

  const form = page.getByRole("region", { name: "Meetwaarde vastleggen" });
  await form.getByLabel("Datum van de meting").fill("2025-09-01");
  await form.getByLabel("Waarde (%)").fill("abc");
  await form.getByRole("button", { name: "Meetwaarde vastleggen" }).click();

  const value = form.getByLabel("Waarde (%)");
  await expect(value).toHaveAttribute("aria-invalid", "true");
  await expect(value).toHaveValue("abc");
  await expect(form.locator("#measurement-value-error")).toHaveText("Vul een getal in, bijvoorbeeld 12,5.");
  await expect(value).toHaveAttribute("aria-describedby", /measurement-value-error/);
  await expectAccessible(page);

  await page.goto(indicatorPath);
  await expect(measurementRows(page)).toHaveCount(before);
  await expect(measurementRows(page).filter({ hasText: "1 sep 2025" })).toHaveCount(0);
  await expect(page.locator('circle[data-date="2025-09-01"]')).toHaveCount(0);
});

test("a partner sees the chart but no form, and a POST from a partner is refused", async ({ page, browser, baseURL }) => {
  const { indicatorPath } = await ownIndicator(browser, baseURL!);
  await login(page, "partner@koers.test");
  await page.goto(indicatorPath);
  await expect(page.getByRole("img", { name: `Verloop van ${INDICATOR_NAME}` })).toBeVisible();
  await expect(page.getByRole("table", { name: /^Meetwaarden van / })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Meetwaarde vastleggen" })).toHaveCount(0);
  // The only form a partner gets here is the conversation's ("Reacties").
  await expect(page.getByRole("main").locator("form[method='post']:not(#reacties form)")).toHaveCount(0);
  const before = await measurementRows(page).count();

  const response = await page.request.post(indicatorPath, { form: { date: "2025-03-01", value: "25", note: "mag niet" } });
  expect(response.status()).toBe(403);

  await page.goto(indicatorPath);
  await expect(measurementRows(page)).toHaveCount(before);
  await expect(measurementRows(page).filter({ hasText: "1 mrt 2025" })).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("recording a measurement still works, Dutch decimal comma and all", async ({ page, browser, baseURL }) => {
    const { indicatorPath } = await ownIndicator(browser, baseURL!);
    await login(page, "ambtenaar@koers.test");
    await page.goto(indicatorPath);
    const form = page.getByRole("region", { name: "Meetwaarde vastleggen" });
    await form.getByLabel("Datum van de meting").fill("2025-12-01");
    await form.getByLabel("Waarde (%)").fill("24,75");
    await form.getByRole("button", { name: "Meetwaarde vastleggen" }).click();
    await expect(page).toHaveURL(/vastgelegd=2025-12-01/);
    await expect(measurementRows(page).filter({ hasText: "1 dec 2025" }).getByRole("cell").first()).toHaveText("24,75%");
    await expect(page.locator('circle[data-date="2025-12-01"]')).toHaveAttribute("data-value", "24.75");
  });
});

const figure = (page: Page, name: string) => page.locator(`[data-figure="${name}"] .koers-key-figure__value`);
const count = async (page: Page, name: string) => Number(await figure(page, name).textContent());

test("the dashboard shows key figures and domains, and narrows to one domain", async ({ page }) => {
  const errors = pageErrors(page);
  await login(page, "ambtenaar@koers.test");
  const base = await programmePath(page);
  await page.goto(`${base}/dashboard`);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

  const figures = page.getByRole("list", { name: "Kerncijfers" });
  await expect(figures).toContainText("Acties");
  await expect(figures).toContainText("Afgerond");
  await expect(figures).toContainText("Te laat");
  await expect(figures).toContainText("Budget");
  await expect(figure(page, "budget")).toHaveText(/^€\s?[\d.]+,\d\d$/);
  await expect(figure(page, "done")).toHaveText(/^\d+\s?%$/);
  const total = await count(page, "actions");
  expect(total).toBeGreaterThan(0);
  const overdue = await count(page, "overdue");
  if (overdue > 0) {
    await expect(page.locator('[data-figure="overdue"] a')).toHaveAttribute("href", `${base}/acties?te-laat=1`);
  }

  const statusTable = page.getByRole("table", { name: "Aantal acties per status" });
  await expect(statusTable.locator("tfoot td").first()).toHaveText(String(total));
  await expect(page.getByRole("img", { name: "Aantal acties per status" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Status van de acties per domein" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Budget per domein" })).toBeVisible();

  const domains = page.getByRole("table", { name: "Acties per domein en status" });
  for (const name of ["Onderwijs", "Gezondheid", "Veiligheid", "Ruimtelijk domein"]) {
    await expect(domains.getByRole("rowheader", { name })).toBeVisible();
  }
  const onderwijsPrimary = Number(
    await domains.locator("tbody tr").filter({ hasText: "Onderwijs" }).locator('[data-column="total"]').textContent(),
  );
  const indicators = page.getByRole("table", { name: /indicatoren met status/ });
  await expect(indicators.getByRole("link").first()).toHaveAttribute("href", /\/g\/lindeveen\/indicatoren\//);
  await expectAccessible(page);

  // Narrow down with the scope form (a plain GET form).
  await page.getByRole("combobox", { name: "Toon het dashboard voor" }).selectOption({ label: "Onderwijs" });
  await page.getByRole("button", { name: "Tonen" }).click();
  await expect(page).toHaveURL(/\/dashboard\?domein=[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard: domein Onderwijs" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Toon het dashboard voor" })).toHaveValue(/^domein:/);
  const inDomain = await count(page, "actions");
  expect(inDomain).toBeGreaterThanOrEqual(onderwijsPrimary);
  expect(inDomain).toBeLessThanOrEqual(total);
  await expect(
    page.getByRole("table", { name: "Acties per domein en status" }).getByRole("rowheader", { name: "Onderwijs" }),
  ).toBeVisible();
  const domainId = new URL(page.url()).searchParams.get("domein");
  if ((await count(page, "overdue")) > 0) {
    await expect(page.locator('[data-figure="overdue"] a')).toHaveAttribute("href", `${base}/acties?domein=${domainId}&te-laat=1`);
  }
  await expectAccessible(page);

  expect(errors).toEqual([]);

  // An unknown domain is not a dashboard.
  expect((await page.goto(`${base}/dashboard?domein=00000000-0000-4000-8000-000000000000`))?.status()).toBe(404);
});

test("the gaps page lists a goal without actions and shows the coverage matrix", async ({ page, browser, baseURL }) => {
  const { goalId } = await ownIndicator(browser, baseURL!);
  const errors = pageErrors(page);
  await login(page, "ambtenaar@koers.test");
  const base = await programmePath(page);
  await page.goto(`${base}/lacunes`);
  await expect(page.getByRole("heading", { level: 1, name: "Lacunes" })).toBeVisible();

  const withoutActions = page.locator('[data-gap="doelen-zonder-acties"]');
  await expect(withoutActions.getByRole("link", { name: GOAL_TITLE })).toHaveAttribute("href", `/g/lindeveen/doelen/${goalId}`);
  const listed = await withoutActions.getByRole("listitem").count();
  await expect(page.locator('[data-gap-count="doelen-zonder-acties"] .koers-key-figure__value')).toHaveText(String(listed));

  const withoutOwner = page.locator('[data-gap="acties-zonder-eigenaar"]');
  if ((await withoutOwner.getByRole("listitem").count()) > 0) {
    await expect(withoutOwner.getByRole("link", { name: /acties? zonder eigenaar in de actielijst/ })).toHaveAttribute(
      "href",
      `${base}/acties?eigenaar=none`,
    );
  }

  await expect(page.getByTestId("coherence")).toHaveText(/^\d+ van \d+ acties \(\d+\s?%\) raken meer dan één domein\.$/);
  const matrix = page.getByRole("table", { name: "Aantal acties dat beide domeinen raakt; de diagonaal is het aantal acties per domein." });
  await expect(matrix).toBeVisible();
  for (const name of ["Onderwijs", "Gezondheid", "Veiligheid", "Ruimtelijk domein"]) {
    await expect(matrix.getByRole("columnheader", { name, exact: true })).toBeVisible();
    await expect(matrix.getByRole("rowheader", { name, exact: true })).toBeVisible();
  }
  // Onderwijs comes first; its diagonal cell is its own number of actions, never less than a shared count.
  const domainCount = await matrix.getByRole("columnheader").count();
  const cells = matrix.locator("tbody tr").first().getByRole("cell");
  await expect(cells).toHaveCount(domainCount);
  const own = Number((await cells.first().textContent())?.match(/^\d+/)?.[0]);
  expect(own).toBeGreaterThan(0);
  for (let j = 1; j < domainCount; j++) expect(Number(await cells.nth(j).textContent())).toBeLessThanOrEqual(own);
  await expectAccessible(page);
  expect(errors).toEqual([]);
});
