import { expect, test, type Locator, type Page } from "@playwright/test";
import { closePeopleAfterEachTest, newContext, personFor } from "./people.js";
import { expectAccessible, login } from "./support.js";

// Commitments (toezeggingen): a partner commits Brede School De Horizon to an action found
// through "Onze toezeggingen"; a civil servant, in a browser of their own, accepts it; the
// partner sees it accepted, reports progress, and finds the school on the action's block in
// the programme text; the civil servant reads of the report in her inbox. Each test takes an
// action its organisation has no commitment on yet, in a domain of its own, so the demo data
// and other specs stay as they were.

closePeopleAfterEachTest();

const ORGANISATION = "Brede School De Horizon";

/** "Onze toezeggingen", filtered by a domain through its GET form; returns the first action it offers to join. */
async function firstJoinableIn(page: Page, domain: string): Promise<{ title: string; item: Locator }> {
  await page.goto("/g/lindeveen/toezeggingen");
  await expect(page.getByRole("heading", { level: 1, name: "Onze toezeggingen" })).toBeVisible();
  await page.getByLabel("Domein").selectOption({ label: domain });
  await page.getByRole("button", { name: "Toon toezeggingen" }).click();
  await expect(page).toHaveURL(/domein=[0-9a-f-]{36}/);
  const joinable = page.locator("section", { has: page.getByRole("heading", { level: 2, name: "Acties waar u aan kunt bijdragen" }) });
  const items = joinable.locator(".koers-joinable__item");
  await expect(items.first()).toBeVisible();
  // Only actions of that domain (or touching it): every item of the main domain names it.
  const item = items.filter({ hasText: `${domain} ·` }).first();
  const title = (await item.getByRole("heading", { level: 3 }).innerText()).trim();
  return { title, item };
}

/** The commitment card of the organisation on an action's page. */
const cardOf = (page: Page, organisation: string) =>
  page.locator("#toezeggingen article").filter({ has: page.getByRole("heading", { level: 3, name: organisation }) });

test("a partner offers, a civil servant accepts, the partner reports; the text and 'Onze toezeggingen' show it", async ({ browser }) => {
  test.setTimeout(90_000);
  const pieter = await personFor(browser, "partner@koers.test");
  const { page } = pieter;

  // 1. "Onze toezeggingen", filtered by domain, leads to an action's form.
  const { title, item } = await firstJoinableIn(page, "Gezondheid");
  await expectAccessible(page);
  await item.getByRole("link", { name: /^Toezegging doen/ }).click();
  await expect(page).toHaveURL(/\/g\/lindeveen\/acties\/[0-9a-f-]{36}#toezegging-doen$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const actionPath = new URL(page.url()).pathname;

  // 2. The offer: first a mistake (axe checks the messages next to the fields), then as meant.
  const form = page.locator("#toezegging-doen");
  await expect(form.getByText(`Namens ${ORGANISATION}`)).toBeVisible();
  await form.getByLabel("Uren").fill("0");
  await form.getByRole("button", { name: "Toezegging aanbieden" }).click();
  await expect(form.getByText("Beschrijf wat uw organisatie bijdraagt.")).toBeVisible();
  await expect(form.getByText("Vul een heel aantal uren in, ten minste 1.")).toBeVisible();
  await expectAccessible(page);
  await form.getByLabel("Bijdrage").fill("Twee leerkrachten denken mee en organiseren een ouderavond per kwartaal.");
  await form.getByLabel("Uren").fill("40");
  await form.getByLabel("Bedrag in euro").fill("2.500,50");
  await form.getByLabel("Vanaf").fill("2026-09-01");
  await form.getByLabel("Tot en met").fill("2027-06-30");
  await form.getByRole("button", { name: "Toezegging aanbieden" }).click();
  await expect(page).toHaveURL(/toezegging=aangeboden#toezeggingen$/);
  await expect(page.getByRole("status").filter({ hasText: "Uw toezegging is aangeboden" })).toBeVisible();
  const card = cardOf(page, ORGANISATION);
  await expect(card.locator(".koers-commitment-badge")).toHaveText("Aangeboden");
  await expect(card).toContainText("40 uur · € 2.500,50");
  await expect(card).toContainText("1 sep 2026 tot en met 30 jun 2027");
  // One live commitment per organisation: the form is gone, and the page says why.
  await expect(page.locator("#toezegging-doen")).toHaveCount(0);
  await expect(page.getByText("Uw organisatie heeft al een lopende toezegging voor deze actie.")).toBeVisible();
  // A partner never decides, not even on their own organisation's offer.
  await expect(card.getByRole("button", { name: /^Aanvaarden/ })).toHaveCount(0);
  await expectAccessible(page);

  // 3. A civil servant, in a browser of their own, accepts it on "Toezeggingen" (offers first).
  const anouk = await personFor(browser, "ambtenaar@koers.test");
  await anouk.page.goto("/g/lindeveen/toezeggingen");
  await expect(anouk.page.getByRole("heading", { level: 1, name: "Toezeggingen" })).toBeVisible();
  await expect(anouk.page.getByLabel("Status")).toHaveValue("aangeboden");
  const offered = anouk.page.locator("article.koers-commitment").filter({ has: anouk.page.getByRole("link", { name: title }) });
  await expect(offered).toContainText(ORGANISATION);
  await expectAccessible(anouk.page);
  await offered.getByRole("button", { name: /^Aanvaarden/ }).click();
  await expect(anouk.page.getByRole("status").filter({ hasText: "De toezegging is aanvaard" })).toBeVisible();
  await expect(anouk.page.locator("article.koers-commitment").filter({ has: anouk.page.getByRole("link", { name: title }) })).toHaveCount(0);

  // 4. The partner sees it accepted and reports progress.
  await page.goto(actionPath);
  await expect(card.locator(".koers-commitment-badge")).toHaveText("Aanvaard");
  await expect(card).toContainText("aanvaard door Anouk Ambtenaar");
  await card.getByText("Voortgang melden").click();
  await card.getByLabel("Wat is er gedaan?").fill("De eerste ouderavond is geweest: 45 ouders, veel vragen over schermgebruik.");
  await card.getByRole("button", { name: /^Verslag opslaan/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Uw voortgangsverslag is opgeslagen" })).toBeVisible();
  await expect(card.getByRole("heading", { level: 4, name: "Voortgang" })).toBeVisible();
  await expect(card).toContainText("De eerste ouderavond is geweest: 45 ouders");
  await expectAccessible(page);

  // The civil servant who accepted it hears of the report; the notification leads to the card.
  await anouk.page.goto("/g/lindeveen/meldingen");
  const reported = anouk.page.getByRole("listitem").filter({ hasText: `${ORGANISATION} meldde voortgang op de toezegging voor „${title}”` });
  await expect(reported).toContainText("Nieuw");
  await expectAccessible(anouk.page);
  await reported.getByRole("button", { name: /^Openen: / }).click();
  await expect(anouk.page).toHaveURL(new RegExp(`${actionPath}#toezegging-[0-9a-f-]{36}$`));
  await expect(cardOf(anouk.page, ORGANISATION)).toContainText("De eerste ouderavond is geweest: 45 ouders");

  // 5. The action's block in the programme text names the school.
  await page.goto("/g/lindeveen");
  await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Tekst", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Programmatekst" })).toBeVisible();
  const block = page.locator(".ProseMirror .koers-action").filter({ has: page.getByRole("link", { name: `Naar de actie: ${title}` }) });
  await expect(block.locator(".koers-action__fact--commitments")).toContainText(/\d+ toezegging(en)?: .*Brede School De Horizon/);

  // 6. "Onze toezeggingen" by domain: under Gezondheid it is there, under Veiligheid not.
  await page.goto("/g/lindeveen/toezeggingen");
  await page.getByLabel("Domein").selectOption({ label: "Gezondheid" });
  await page.getByRole("button", { name: "Toon toezeggingen" }).click();
  const accepted = page.locator("section", { has: page.getByRole("heading", { level: 2, name: /^Aanvaard \(\d+\)$/ }) });
  await expect(accepted.getByRole("link", { name: title })).toBeVisible();
  await expect(page.locator(".koers-joinable").getByRole("link", { name: title, exact: true })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByLabel("Domein").selectOption({ label: "Veiligheid" });
  await page.getByRole("button", { name: "Toon toezeggingen" }).click();
  await expect(page).toHaveURL(/domein=/);
  await expect(page.locator("article.koers-commitment").getByRole("link", { name: title })).toHaveCount(0);

  // The refused offer answered 400 on purpose (the browser logs that); nothing else went wrong.
  expect(pieter.errors.filter((error) => !error.includes("status of 400"))).toEqual([]);
  expect(anouk.errors).toEqual([]);
});

// axe runs in the page, so it checks these forms (and their messages) in the first test, with JavaScript.
test("without JavaScript: errors next to the fields, an offer, a refusal with a reason the partner reads", async ({ browser }) => {
  test.setTimeout(60_000);
  const partner = await (await newContext(browser, { javaScriptEnabled: false })).newPage();
  await login(partner, "partner@koers.test");
  const { title, item } = await firstJoinableIn(partner, "Ruimtelijk domein");
  await item.getByRole("link", { name: /^Toezegging doen/ }).click();
  const actionPath = new URL(partner.url()).pathname;

  // Nothing filled in, hours and euro that are no numbers, a period the wrong way round.
  const form = partner.locator("#toezegging-doen");
  await form.getByLabel("Uren").fill("veel");
  await form.getByLabel("Bedrag in euro").fill("twaalf");
  await form.getByLabel("Vanaf").fill("2027-01-01");
  await form.getByLabel("Tot en met").fill("2026-01-01");
  await form.getByRole("button", { name: "Toezegging aanbieden" }).click();
  await expect(partner).toHaveURL(/#toezegging-doen$/);
  await expect(form.getByLabel("Bijdrage")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText("Beschrijf wat uw organisatie bijdraagt.")).toBeVisible();
  await expect(form.getByText("Vul een heel aantal uren in, ten minste 1.")).toBeVisible();
  await expect(form.getByText("Vul een bedrag in euro in")).toBeVisible();
  await expect(form.getByText("Het einde van de periode ligt vóór het begin.")).toBeVisible();
  await expect(form.getByLabel("Bedrag in euro")).toHaveValue("twaalf");

  await form.getByLabel("Bijdrage").fill("Wij stellen het schoolplein na schooltijd open en houden toezicht.");
  await form.getByLabel("Uren").fill("");
  await form.getByLabel("Bedrag in euro").fill("");
  await form.getByLabel("Tot en met").fill("2027-12-31");
  await form.getByRole("button", { name: "Toezegging aanbieden" }).click();
  await expect(partner.getByText("Uw toezegging is aangeboden")).toBeVisible();
  await expect(cardOf(partner, ORGANISATION).locator(".koers-commitment-badge")).toHaveText("Aangeboden");

  // The council declines it on the action's page, first without a reason.
  const council = await (await newContext(browser, { javaScriptEnabled: false })).newPage();
  await login(council, "raad@koers.test");
  await council.goto(actionPath);
  const card = cardOf(council, ORGANISATION);
  await card.locator("summary", { hasText: "Afwijzen" }).click();
  await card.getByRole("button", { name: /^Toezegging afwijzen/ }).click();
  await expect(card.getByText("Geef een reden op.")).toBeVisible();
  await card.getByLabel("Reden van afwijzing").fill("Het schoolplein valt onder een ander project; wij nemen contact op.");
  await card.getByRole("button", { name: /^Toezegging afwijzen/ }).click();
  await expect(council.getByText("De toezegging is afgewezen")).toBeVisible();

  // The partner reads the decision and its reason, and may offer again.
  await partner.goto(actionPath);
  const declined = cardOf(partner, ORGANISATION);
  await expect(declined.locator(".koers-commitment-badge")).toHaveText("Afgewezen");
  await expect(declined).toContainText("Het schoolplein valt onder een ander project");
  await expect(partner.locator("#toezegging-doen")).toHaveCount(1);
  await expect(partner.getByRole("heading", { level: 1, name: title })).toBeVisible();
});

test("a viewer reads the commitments on an action but cannot offer, and has no commitments page", async ({ browser }) => {
  const mila = await personFor(browser, "meelezer@koers.test");
  const nav = mila.page.getByRole("navigation", { name: "Hoofdnavigatie" });
  await expect(nav.getByRole("link", { name: "Toezeggingen" })).toHaveCount(0);
  await nav.getByRole("link", { name: "Acties", exact: true }).click();
  await mila.page.locator("table a[href*='/acties/']").first().click();
  await expect(mila.page.getByRole("heading", { level: 2, name: "Toezeggingen" })).toBeVisible();
  await expect(mila.page.locator("#toezegging-doen")).toHaveCount(0);
  await expect(mila.page.locator("#toezeggingen").getByRole("button")).toHaveCount(0);
  expect(mila.errors).toEqual([]);
  const response = await mila.page.goto("/g/lindeveen/toezeggingen");
  expect(response?.status()).toBe(403);
});
