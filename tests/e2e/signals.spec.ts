import { expect, test, type Page } from "@playwright/test";
import { closePeopleAfterEachTest, newContext, personFor } from "./people.js";
import { expectAccessible, login, unique } from "./support.js";

// Signals (agenderen): a partner raises a signal, a civil servant (a browser of their own)
// takes it in review and turns it into an action, whose block appears in the Veiligheid chapter
// of the programme text; the partner follows every step. Each test raises signals of its own
// (unique titles), so the demo data stays as it was.

closePeopleAfterEachTest();

/** The signals page, reached through the main navigation; returns its path. */
async function openSignals(page: Page): Promise<string> {
  await page.goto("/g/lindeveen");
  await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: /^Signalen( \(\d+ te behandelen\))?$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Signalen" })).toBeVisible();
  return new URL(page.url()).pathname;
}

async function raiseSignal(page: Page, title: string, text: string, domain: string): Promise<void> {
  const form = page.getByRole("region", { name: "Signaal agenderen" });
  await form.getByLabel("Titel").fill(title);
  await form.getByLabel("Wat signaleert u?").fill(text);
  await form.getByLabel("Domein").selectOption({ label: domain });
  await form.getByRole("button", { name: "Signaal agenderen" }).click();
}

test("a partner raises a signal; a civil servant takes it in review and turns it into an action in the right chapter; the partner sees every step", async ({ browser }) => {
  test.setTimeout(90_000);
  const pieter = await personFor(browser, "partner@koers.test");
  const anouk = await personFor(browser, "ambtenaar@koers.test");

  // The partner raises it.
  const listPath = await openSignals(pieter.page);
  await expectAccessible(pieter.page);
  const title = unique("Onveilige fietsenstalling bij het station");
  const text = "Fietsen van scholieren worden 's avonds vernield; er is geen licht en geen toezicht.";
  await raiseSignal(pieter.page, title, text, "Veiligheid");
  await expect(pieter.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(pieter.page.getByRole("status")).toHaveText("Uw signaal is ingediend. U krijgt bericht bij elke stap in de behandeling.");
  await expect(pieter.page.locator(".koers-signal-lead-status")).toHaveText("Nieuw");
  const signalPath = new URL(pieter.page.url()).pathname;
  // A partner does not triage.
  await expect(pieter.page.getByRole("button", { name: "In behandeling nemen" })).toHaveCount(0);
  await expectAccessible(pieter.page);
  // The list shows it with status, domain and the partner's organisation.
  await pieter.page.goto(listPath);
  const row = pieter.page.locator("table.koers-signal-table tbody tr").filter({ hasText: title });
  await expect(row.locator("td")).toHaveText(["Nieuw", "Veiligheid", "Pieter Partner (Brede School De Horizon)", /\d{4}/]);

  // The civil servant finds it under "Te behandelen" and takes it in review.
  await openSignals(anouk.page);
  const open = anouk.page.getByRole("region", { name: "Te behandelen" });
  await open.getByRole("link", { name: title }).click();
  await expect(anouk.page).toHaveURL(new RegExp(`${signalPath}$`));
  await expectAccessible(anouk.page);
  await anouk.page.getByRole("button", { name: "In behandeling nemen" }).click();
  await expect(anouk.page.getByRole("status")).toHaveText("Het signaal is in behandeling genomen.");
  await expect(anouk.page.locator(".koers-signal-lead-status")).toHaveText("In behandeling");
  // Declining needs a reason: said next to the field (axe also checks the page with the error).
  await anouk.page.getByRole("button", { name: "Afwijzen" }).click();
  await expect(anouk.page.locator("#decline-reason-error")).toHaveText("Geef een reden voor de afwijzing; de indiener leest die terug.");
  await expect(anouk.page.getByLabel("Reden")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(anouk.page);

  // Turned into an action: the form is filled in from the signal.
  const convert = anouk.page.locator("form", { has: anouk.page.getByRole("button", { name: "Omzetten in actie" }) });
  await expect(convert.getByLabel("Titel van de actie")).toHaveValue(title);
  await expect(convert.getByLabel("Domein")).toHaveValue(await convert.getByLabel("Domein").locator("option", { hasText: "Veiligheid" }).getAttribute("value") ?? "");
  await expect(convert.getByLabel("Omschrijving")).toHaveValue(text);
  const actionTitle = unique("Verlichting en toezicht bij de fietsenstalling");
  await convert.getByLabel("Titel van de actie").fill(actionTitle);
  await convert.getByRole("button", { name: "Omzetten in actie" }).click();
  await expect(anouk.page.getByRole("status")).toHaveText("Het signaal is omgezet in een actie.");
  await expect(anouk.page.locator(".koers-signal-lead-status")).toHaveText("Omgezet in actie");
  await expect(anouk.page.getByRole("button", { name: "Omzetten in actie" })).toHaveCount(0);
  await expectAccessible(anouk.page);

  // The action exists, and its block is in the Veiligheid chapter of the text.
  await anouk.page.getByRole("link", { name: "Bekijk de actie" }).click();
  await expect(anouk.page.getByRole("heading", { level: 1, name: actionTitle })).toBeVisible();
  await anouk.page.goto(listPath.replace(/\/signalen$/, "/tekst"));
  await expect(anouk.page.getByRole("heading", { level: 1, name: "Programmatekst" })).toBeVisible();
  const chapter = (name: string) => anouk.page.locator(`.ProseMirror .koers-chapter:has(> h2:text-is("${name}"))`);
  await expect(chapter("Veiligheid").locator(".koers-action", { hasText: actionTitle })).toHaveCount(1);
  await expect(anouk.page.locator(".ProseMirror .koers-action", { hasText: actionTitle })).toHaveCount(1);

  // The partner sees the whole history and the way to the action.
  await pieter.page.goto(signalPath);
  await expect(pieter.page.locator(".koers-signal-lead-status")).toHaveText("Omgezet in actie");
  const history = pieter.page.getByRole("region", { name: "Geschiedenis" });
  await expect(history.getByRole("heading", { level: 3 })).toHaveText(["Ingebracht", "In behandeling genomen", "Omgezet in actie"]);
  await expect(history.getByRole("listitem")).toHaveText([/door Pieter Partner/, /door Anouk Ambtenaar/, /door Anouk Ambtenaar/]);
  await expectAccessible(pieter.page);
  await pieter.page.getByRole("link", { name: "Bekijk de actie" }).click();
  await expect(pieter.page.getByRole("heading", { level: 1, name: actionTitle })).toBeVisible();
});

test("the civil servant hears of a partner's new signal in the inbox, and opening it leads to the signal", async ({ browser }) => {
  const pieter = await personFor(browser, "partner@koers.test");
  const anouk = await personFor(browser, "ambtenaar@koers.test");
  await openSignals(pieter.page);
  const title = unique("Geen veilige looproute naar de gymzaal");
  await raiseSignal(pieter.page, title, "Leerlingen lopen langs de drukke Stationsweg naar de gymles.", "Veiligheid");
  await expect(pieter.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const signalPath = new URL(pieter.page.url()).pathname;

  await anouk.page.goto("/g/lindeveen/meldingen");
  const sentence = `Pieter Partner (Brede School De Horizon) bracht een signaal in over Veiligheid: „${title}”`;
  const item = anouk.page.getByRole("listitem").filter({ hasText: sentence });
  await expect(item).toContainText("Nieuw");
  await expectAccessible(anouk.page);
  await item.getByRole("button", { name: `Openen: ${sentence}` }).click();
  await expect(anouk.page).toHaveURL(new RegExp(`${signalPath}$`));
  await expect(anouk.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(anouk.page.getByRole("button", { name: "In behandeling nemen" })).toBeVisible();
  expect(pieter.errors).toEqual([]);
  expect(anouk.errors).toEqual([]);
});

test("without JavaScript: the forms say what is missing next to the field, and a decline needs a reason the partner reads back", async ({ browser }) => {
  test.setTimeout(60_000);
  const partner = await (await newContext(browser, { javaScriptEnabled: false })).newPage();
  await login(partner, "sport@koers.test");
  const listPath = await openSignals(partner);

  // An empty form: Dutch messages next to the fields, what was typed kept.
  await raiseSignal(partner, "ab", "", "Gezondheid");
  const form = partner.getByRole("region", { name: "Signaal agenderen" });
  await expect(form.getByLabel("Titel")).toHaveAttribute("aria-invalid", "true");
  await expect(form.locator("#signal-title-error")).toHaveText("Geef het signaal een titel van minstens 3 tekens.");
  await expect(form.locator("#signal-text-error")).toHaveText("Beschrijf wat u signaleert.");
  await expect(form.getByLabel("Titel")).toHaveValue("ab");

  const title = unique("Te weinig vrijwilligers voor de jeugdtrainingen");
  await raiseSignal(partner, title, "Op woensdagmiddag kunnen we niet alle aanmeldingen aan.", "Gezondheid");
  await expect(partner.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const signalPath = new URL(partner.url()).pathname;

  // The civil servant declines, first without a reason.
  const servant = await (await newContext(browser, { javaScriptEnabled: false })).newPage();
  await login(servant, "ambtenaar@koers.test");
  await servant.goto(signalPath);
  const decline = servant.locator("form", { has: servant.getByRole("button", { name: "Afwijzen" }) });
  await decline.getByRole("button", { name: "Afwijzen" }).click();
  await expect(servant.locator("#decline-reason-error")).toHaveText("Geef een reden voor de afwijzing; de indiener leest die terug.");
  await expect(servant.locator(".koers-signal-lead-status")).toHaveText("Nieuw");
  const reason = "Dit past in de vrijwilligerscampagne van de sportvereniging zelf; de buurtsportcoach helpt daarbij.";
  await servant.getByLabel("Reden").fill(reason);
  await servant.getByRole("button", { name: "Afwijzen" }).click();
  await expect(servant.getByRole("status")).toHaveText("Het signaal is afgewezen.");

  // The partner reads the reason, in the facts and in the history; the signal is under its status in the list.
  await partner.goto(signalPath);
  await expect(partner.locator(".koers-signal-lead-status")).toHaveText("Afgewezen");
  await expect(partner.getByRole("region", { name: "Geschiedenis" }).getByText(`Reden: ${reason}`)).toBeVisible();
  await partner.goto(`${listPath}?status=declined`);
  await expect(partner.getByRole("link", { name: title })).toBeVisible();
  await partner.goto(`${listPath}?status=new`);
  await expect(partner.getByRole("link", { name: title })).toHaveCount(0);
});

test("a partner does not see another organisation's signals, and a viewer sees only their own", async ({ browser }) => {
  const sanne = await personFor(browser, "sport@koers.test");
  const title = unique("Geen sportaanbod voor jongeren met een beperking");
  await openSignals(sanne.page);
  // (The form with its errors passes axe too.)
  await raiseSignal(sanne.page, "", "", "Gezondheid");
  await expect(sanne.page.locator("#signal-title-error")).toHaveText("Geef het signaal een titel van minstens 3 tekens.");
  await expectAccessible(sanne.page);
  await raiseSignal(sanne.page, title, "Er is in Lindeveen geen aangepast sporten voor jongeren.", "Gezondheid");
  const signalPath = new URL(sanne.page.url()).pathname;

  const pieter = await personFor(browser, "partner@koers.test");
  await openSignals(pieter.page);
  await expect(pieter.page.getByRole("link", { name: title })).toHaveCount(0);
  const response = await pieter.page.goto(signalPath);
  expect(response?.status()).toBe(404);

  const mila = await personFor(browser, "meelezer@koers.test");
  await openSignals(mila.page);
  await expect(mila.page.getByText("U ziet de signalen die u zelf hebt ingebracht.")).toBeVisible();
  await expect(mila.page.getByRole("link", { name: title })).toHaveCount(0);
  expect((await mila.page.goto(signalPath))?.status()).toBe(404);
});

test("the list pages 25 at a time, keeps the domain filter in the paging links and the page-size form, and works without JavaScript", async ({ browser }) => {
  test.setTimeout(90_000);
  const anouk = await personFor(browser, "ambtenaar@koers.test");
  const page = anouk.page;
  const listPath = await openSignals(page);
  const programmeId = listPath.split("/").at(-2)!;

  // 26 new signals in one domain, the newest of their kind (one more than the smallest page).
  const list = await page.request.get(`/trpc/signal.list?input=${encodeURIComponent(JSON.stringify({ programmeId }))}`);
  const domains = ((await list.json()) as { result: { data: { domains: { id: string; name: string }[] } } }).result.data.domains;
  const domainId = domains.find((domain) => domain.name === "Ruimtelijk domein")!.id;
  const prefix = unique("Losliggende stoeptegels");
  const titles = Array.from({ length: 26 }, (_, i) => `${prefix} nr. ${String(i + 1).padStart(2, "0")}`);
  for (const title of titles) {
    const response = await page.request.post("/trpc/signal.raise", { data: { programmeId, title, text: "Ouderen struikelen op de stoep.", domainId } });
    expect(response.ok(), await response.text()).toBe(true);
  }

  // Filtered on the domain: page 1 holds the 25 newest, newest first.
  await page.getByRole("form", { name: "Signalen filteren" }).getByLabel("Domein").selectOption({ label: "Ruimtelijk domein" });
  await page.getByRole("button", { name: "Filteren" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]domein=${domainId}`));
  const rows = page.locator("table.koers-signal-table tbody tr");
  const paging = page.getByRole("navigation", { name: "Paginering" });
  await expect(paging).toContainText(/Pagina 1 van [2-9]/);
  await expect(rows).toHaveCount(25);
  await expect(rows.first().locator("th")).toHaveText(titles[25]!);
  await expect(page.getByRole("link", { name: titles[0], exact: true })).toHaveCount(0);
  await expectAccessible(page);

  // "Volgende" keeps the filter; page 2 has the oldest of them, and only this domain.
  const next = paging.getByRole("link", { name: "Volgende" });
  expect(await next.getAttribute("href")).toMatch(new RegExp(`domein=${domainId}.*pagina=2`));
  await next.click();
  await expect(page).toHaveURL(new RegExp(`domein=${domainId}.*pagina=2`));
  await expect(paging).toContainText(/Pagina 2 van [2-9]/);
  await expect(page.getByRole("link", { name: titles[0], exact: true })).toBeVisible();
  await expect(page.getByRole("table").first().locator("caption")).toHaveText(/^26–\d+ van \d+ signalen$/);
  for (const cell of await rows.locator("td:nth-child(3)").allTextContents()) expect(cell).toBe("Ruimtelijk domein");
  await expect(paging.getByRole("link", { name: "Vorige" })).toBeVisible();
  await expectAccessible(page);

  // The page size form carries the filter too, and starts again at page 1.
  await page.getByLabel("Signalen per pagina").selectOption("50");
  await page.getByRole("button", { name: "Toon" }).click();
  await expect(page).toHaveURL(new RegExp(`domein=${domainId}`));
  await expect(page).toHaveURL(/per-pagina=50/);
  await expect(page).not.toHaveURL(/[?&]pagina=/);
  for (const title of [titles[0]!, titles[25]!]) await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();

  // Without JavaScript: plain links and a plain GET form.
  const plain = await (await newContext(browser, { javaScriptEnabled: false })).newPage();
  await login(plain, "ambtenaar@koers.test");
  await plain.goto(`${listPath}?domein=${domainId}`);
  await plain.getByRole("navigation", { name: "Paginering" }).getByRole("link", { name: "Volgende" }).click();
  await expect(plain).toHaveURL(new RegExp(`domein=${domainId}.*pagina=2`));
  await expect(plain.getByRole("link", { name: titles[0], exact: true })).toBeVisible();
  await plain.getByLabel("Signalen per pagina").selectOption("100");
  await plain.getByRole("button", { name: "Toon" }).click();
  await expect(plain).toHaveURL(new RegExp(`domein=${domainId}.*per-pagina=100`));
  await expect(plain.getByRole("link", { name: titles[25], exact: true })).toBeVisible();
});
