import { expect, test, type Locator, type Page } from "@playwright/test";
import { closePeopleAfterEachTest, personFor, type Person } from "./people.js";
import { expectAccessible, unique } from "./support.js";

// Issue 6, requirement 7: the whole conversation with a partner, with three people in browsers
// of their own at the same time — Rana de Raad (council), Anouk Ambtenaar (civil servant) and
// Pieter Partner (Brede School De Horizon). Rana keeps the programme text open throughout and
// sees, without reloading, what the others' work does to it: a commitment on an action block,
// and a signal that became an action in its chapter.

closePeopleAfterEachTest();

const SCHOOL = "Brede School De Horizon";
const nav = (page: Page) => page.getByRole("navigation", { name: "Hoofdnavigatie" });
const goVia = async (page: Page, link: string) => {
  await page.goto("/g/lindeveen");
  await page.goto((await nav(page).getByRole("link", { name: link, exact: true }).getAttribute("href")) ?? "");
};
const conversation = (page: Page, word: string): Locator => page.locator("#reacties").getByRole("article").filter({ hasText: word });
const blockOf = (page: Page, title: string): Locator =>
  page.locator(".ProseMirror .koers-action").filter({ has: page.getByRole("link", { name: `Naar de actie: ${title}` }) });
const chapter = (page: Page, name: string): Locator => page.locator(`.ProseMirror .koers-chapter:has(> h2:text-is("${name}"))`);

/** The civil servant makes a fresh action in a chapter; returns its path. */
async function newAction(anouk: Person, title: string, domain: string): Promise<string> {
  await goVia(anouk.page, "Acties");
  const form = anouk.page.getByRole("region", { name: "Nieuwe actie" });
  await form.getByLabel("Titel").fill(title);
  await form.getByLabel("Domein").selectOption({ label: domain });
  await form.getByRole("button", { name: "Actie aanmaken" }).click();
  await expect(anouk.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return new URL(anouk.page.url()).pathname;
}

test("council, civil servant and partner: comment → reply → resolve; commit → accept; signal → action", async ({ browser }) => {
  test.setTimeout(150_000);
  const [rana, anouk, pieter] = [
    await personFor(browser, "raad@koers.test"),
    await personFor(browser, "ambtenaar@koers.test"),
    await personFor(browser, "partner@koers.test"),
  ];

  // Anouk adds an action to the Onderwijs chapter; Rana has the text open and sees its block come.
  const title = unique("Voorleesochtenden met ouders in de bibliotheek");
  const actionPath = await newAction(anouk, title, "Onderwijs");
  await goVia(rana.page, "Tekst");
  await expect(rana.page.getByRole("heading", { level: 1, name: "Programmatekst" })).toBeVisible();
  await expect(chapter(rana.page, "Onderwijs").locator(".koers-action").filter({ hasText: title })).toHaveCount(1);
  const ranaMail = await rana.context.newPage();

  // 1. Comment → reply → resolve. Pieter asks a question and names Rana.
  const word = unique("Ouderavond");
  await pieter.page.goto(actionPath);
  const question = pieter.page.locator("#reacties").getByRole("combobox", { name: "Uw reactie" });
  await question.fill(`Kunnen wij de ouders van De Horizon uitnodigen, @Rana de Raad? ${word}`);
  await pieter.page.locator("#reacties").getByRole("button", { name: "Plaatsen" }).click();
  await expect(conversation(pieter.page, word).locator(".koers-mention")).toHaveText("@Rana de Raad");

  // Rana finds it in her inbox, opens it and lands on the conversation; she answers.
  await ranaMail.goto("/g/lindeveen/meldingen?filter=unread");
  const sentence = `Pieter Partner noemde u in een reactie bij „${title}”`;
  await ranaMail.getByRole("listitem").filter({ hasText: sentence }).getByRole("button", { name: `Openen: ${sentence}` }).click();
  await expect(ranaMail).toHaveURL(new RegExp(`${actionPath}#reacties$`));
  const hers = conversation(ranaMail, word);
  await hers.getByRole("combobox", { name: /Uw antwoord/ }).fill("Graag, en nodig de bibliotheek ook uit.");
  await hers.getByRole("button", { name: "Antwoorden" }).click();
  const answer = hers.locator("li, div").filter({ hasText: /^Rana de Raad/ }).filter({ hasText: "Graag, en nodig de bibliotheek ook uit." });
  await expect(answer.getByRole("link", { name: /Bewerken/ }).first()).toBeVisible();

  // Anouk, as staff, resolves it; Pieter sees who did.
  await anouk.page.goto(actionPath);
  const thread = conversation(anouk.page, word);
  await expect(thread).toContainText("Graag, en nodig de bibliotheek ook uit.");
  await thread.getByRole("button", { name: /Afhandelen/ }).click();
  await expect(anouk.page.locator("#reacties").getByText(/Afgehandelde gesprekken \(\d+\)/)).toBeVisible();
  await pieter.page.reload();
  const resolved = pieter.page.locator("#reacties details", { has: pieter.page.getByText(/Afgehandelde gesprekken/) });
  await resolved.getByText(/Afgehandelde gesprekken/).click();
  await expect(resolved.getByRole("article").filter({ hasText: word })).toContainText("Afgehandeld door Anouk Ambtenaar");
  await expectAccessible(pieter.page);

  // 2. Commit → accept. Pieter commits the school; Anouk accepts; Rana's open text shows it.
  const offer = pieter.page.locator("#toezegging-doen");
  await offer.getByLabel("Bijdrage").fill("De school stelt haar aula beschikbaar en twee leerkrachten lezen voor.");
  await offer.getByLabel("Uren").fill("24");
  await offer.getByRole("button", { name: "Toezegging aanbieden" }).click();
  await expect(pieter.page.getByRole("status").filter({ hasText: "Uw toezegging is aangeboden" })).toBeVisible();
  const card = (page: Page) => page.locator("#toezeggingen article").filter({ has: page.getByRole("heading", { level: 3, name: SCHOOL }) });
  await expect(card(pieter.page).getByRole("button", { name: /^Aanvaarden/ })).toHaveCount(0);

  // (No "#toezeggingen" here: a change of fragment alone would not load the page again.)
  await anouk.page.goto(actionPath);
  await card(anouk.page).getByRole("button", { name: /^Aanvaarden/ }).click();
  await expect(anouk.page.getByRole("status").filter({ hasText: "De toezegging is aanvaard" })).toBeVisible();
  await expect(card(anouk.page).locator(".koers-commitment-badge")).toHaveText("Aanvaard");
  await expect(blockOf(rana.page, title).locator(".koers-action__fact--commitments")).toContainText(`1 toezegging: ${SCHOOL}`);
  await pieter.page.reload();
  await expect(card(pieter.page).locator(".koers-commitment-badge")).toHaveText("Aanvaard");

  // 3. Signal → action. Pieter puts something on the agenda; Anouk turns it into an action.
  const signal = unique("Geen veilige oversteek naar het schoolplein");
  await goVia(pieter.page, "Signalen");
  const raise = pieter.page.getByRole("region", { name: "Signaal agenderen" });
  await raise.getByLabel("Titel").fill(signal);
  await raise.getByLabel("Wat signaleert u?").fill("Kinderen steken 's ochtends over tussen geparkeerde auto's; er is geen klaar-over.");
  await raise.getByLabel("Domein").selectOption({ label: "Veiligheid" });
  await raise.getByRole("button", { name: "Signaal agenderen" }).click();
  await expect(pieter.page.getByRole("heading", { level: 1, name: signal })).toBeVisible();
  const signalPath = new URL(pieter.page.url()).pathname;

  await anouk.page.goto(signalPath);
  // The navigation tells her how many signals wait for her (Pieter's among them).
  const triage = nav(anouk.page).getByRole("link", { name: /^Signalen \(\d+ te behandelen\)$/ });
  await expect(triage).toBeVisible();
  const waiting = Number(await triage.getByTestId("triage-count").innerText());
  await anouk.page.getByRole("button", { name: "In behandeling nemen" }).click();
  await expect(anouk.page.getByRole("status")).toHaveText("Het signaal is in behandeling genomen.");
  const convert = anouk.page.locator("form", { has: anouk.page.getByRole("button", { name: "Omzetten in actie" }) });
  const newTitle = unique("Klaar-overs en een zebrapad bij De Horizon");
  await convert.getByLabel("Titel van de actie").fill(newTitle);
  await convert.getByRole("button", { name: "Omzetten in actie" }).click();
  await expect(anouk.page.getByRole("status")).toHaveText("Het signaal is omgezet in een actie.");
  // One fewer waits now.
  if (waiting > 1) await expect(nav(anouk.page).getByTestId("triage-count")).toHaveText(String(waiting - 1));
  else await expect(nav(anouk.page).getByRole("link", { name: "Signalen", exact: true })).toBeVisible();
  // The new action's block appears in Rana's open text, in the Veiligheid chapter.
  await expect(chapter(rana.page, "Veiligheid").locator(".koers-action").filter({ hasText: newTitle })).toHaveCount(1);

  // Pieter was told at each step and sees the history and the way to the action.
  await pieter.page.goto("/g/lindeveen/meldingen");
  await expect(pieter.page.getByRole("listitem").filter({ hasText: `Uw signaal „${signal}” heeft een nieuwe status: Omgezet in actie` })).toHaveCount(1);
  await expect(pieter.page.getByRole("listitem").filter({ hasText: `Uw signaal „${signal}” heeft een nieuwe status: In behandeling` })).toHaveCount(1);
  await expectAccessible(pieter.page);
  await pieter.page.goto(signalPath);
  await pieter.page.getByRole("link", { name: "Bekijk de actie" }).click();
  await expect(pieter.page.getByRole("heading", { level: 1, name: newTitle })).toBeVisible();
  // …which says where it came from.
  await expect(pieter.page.getByRole("region", { name: "Gegevens van de actie" }).getByRole("link", { name: signal })).toHaveAttribute("href", signalPath);

  for (const person of [rana, anouk, pieter]) expect(person.errors).toEqual([]);
});
