import { expect, test, type Locator, type Page } from "@playwright/test";
import { closePeopleAfterEachTest, newContext, personFor } from "./people.js";
import { expectAccessible, login, unique } from "./support.js";

// Conversation on actions, goals and indicators ("Reacties" at the bottom of their pages):
// a council member starts a thread mentioning a civil servant through the autocomplete, the
// civil servant answers in a browser of her own, the council member resolves it; a partner
// takes part; everything also works without JavaScript. Every test writes its own threads
// with a unique word in them, so it finds its own and leaves the demo data alone.

closePeopleAfterEachTest();

const ACTION = "Buurtbemiddeling in alle wijken";
const GOAL = "Meer kinderen en jongeren die sporten en bewegen";
/** The page of a demo action, reached through the action list; returns its path. */
async function openAction(page: Page, title = ACTION): Promise<string> {
  await page.goto("/g/lindeveen");
  await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Acties", exact: true }).click();
  await page.getByRole("link", { name: title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname;
}

const section = (page: Page) => page.locator("#reacties");
/** The thread (an article) whose comments contain this text. */
const threadWith = (page: Page, text: string): Locator => section(page).getByRole("article").filter({ hasText: text });
const newComment = (page: Page) => section(page).getByRole("combobox", { name: "Uw reactie" });
/**
 * A saved comment's text in a thread. Not getByText on the thread: React mirrors a controlled
 * textarea's value into its text content, so that would also find the words still in the field.
 */
const savedComment = (thread: Locator, text: string): Locator => thread.locator(".koers-comment__body", { hasText: text });

test("a council member mentions a civil servant by the autocomplete, she replies, he resolves", async ({ browser }) => {
  const council = await personFor(browser, "raad@koers.test");
  const path = await openAction(council.page);
  const word = unique("Wijkteam");

  // Type "@Anou", pick "Anouk Ambtenaar" with the keyboard, write on.
  const field = newComment(council.page);
  await field.click();
  await field.pressSequentially("Kunt u met het wijkteam afstemmen, @Anou");
  const options = section(council.page).getByRole("listbox", { name: "Leden om te noemen" }).getByRole("option");
  await expect(options.first()).toHaveText(/Anouk Ambtenaar/);
  await expect(field).toHaveAttribute("aria-expanded", "true");
  await expect(field).toHaveAttribute("aria-activedescendant", (await options.first().getAttribute("id"))!);
  await expectAccessible(council.page);
  await council.page.keyboard.press("Enter");
  await expect(field).toHaveAttribute("aria-expanded", "false");
  // Typing on at once lands after the name (the caret moved with the inserted text).
  await field.pressSequentially("en ");
  await expect(field).toHaveValue("Kunt u met het wijkteam afstemmen, @Anouk Ambtenaar en ");
  // Escape closes a list that opened again without choosing.
  await field.pressSequentially(`@Ra`);
  await expect(field).toHaveAttribute("aria-expanded", "true");
  await council.page.keyboard.press("Escape");
  await expect(field).toHaveAttribute("aria-expanded", "false");
  await council.page.keyboard.press("Backspace");
  await council.page.keyboard.press("Backspace");
  await council.page.keyboard.press("Backspace");
  await field.pressSequentially(`de school? ${word}`);
  await section(council.page).getByRole("button", { name: "Plaatsen" }).click();

  const thread = threadWith(council.page, word);
  await expect(thread).toBeVisible();
  await expect(thread.locator(".koers-mention")).toHaveText("@Anouk Ambtenaar");
  await expect(newComment(council.page)).toHaveValue("");

  // The civil servant answers in a browser of her own.
  const civil = await personFor(browser, "ambtenaar@koers.test");
  await civil.page.goto(`${path}#reacties`);
  const hers = threadWith(civil.page, word);
  await hers.getByRole("combobox", { name: /Uw antwoord/ }).fill("Ik bel de coördinator morgen.");
  await hers.getByRole("button", { name: "Antwoorden" }).click();
  await expect(savedComment(hers, "Ik bel de coördinator morgen.")).toBeVisible();
  await expect(hers.getByRole("combobox", { name: /Uw antwoord/ })).toHaveValue("");
  // A civil servant may resolve any thread, but leaves it to him here.
  await expect(hers.getByRole("button", { name: /Afhandelen/ })).toBeVisible();

  // He sees the answer and resolves the thread: it folds away under the resolved ones.
  await council.page.reload();
  await expect(savedComment(thread, "Ik bel de coördinator morgen.")).toBeVisible();
  await expect(thread.getByText("Anouk Ambtenaar", { exact: true })).toBeVisible();
  await expectAccessible(council.page);
  await thread.getByRole("button", { name: /Afhandelen/ }).click();
  const resolved = section(council.page).locator("details", { has: council.page.getByText(/Afgehandelde gesprekken \(\d+\)/) });
  await expect(resolved.getByRole("article").filter({ hasText: word })).toBeHidden();
  await resolved.getByText(/Afgehandelde gesprekken/).click();
  await expect(resolved.getByRole("article").filter({ hasText: word })).toContainText("Afgehandeld door Rana de Raad");
  await expectAccessible(council.page);
  expect(council.errors).toEqual([]);
  expect(civil.errors).toEqual([]);
});

test("a partner comments, edits and deletes his own comment, and cannot resolve someone else's thread", async ({ browser }) => {
  const partner = await personFor(browser, "partner@koers.test");
  const path = await openAction(partner.page);
  const word = unique("Schoolplein");
  await newComment(partner.page).fill(`De Horizon wil graag meedoen. ${word}`);
  await section(partner.page).getByRole("button", { name: "Plaatsen" }).click();
  const thread = threadWith(partner.page, word);
  await expect(thread).toContainText("Pieter Partner");
  await expect(thread).toContainText("Brede School De Horizon");

  // Edit inline: the text changes and says "bewerkt".
  await thread.getByRole("link", { name: /Bewerken/ }).click();
  const edit = thread.getByRole("combobox", { name: "Uw reactie bewerken" });
  await expect(edit).toBeFocused();
  await edit.fill(`De Horizon doet graag mee, met twee leerkrachten. ${word}`);
  await thread.getByRole("button", { name: "Opslaan" }).click();
  await expect(thread).toContainText("met twee leerkrachten");
  await expect(thread).toContainText("(bewerkt)");
  await expect(partner.page).not.toHaveURL(/bewerk=/);

  // An empty answer is refused next to the field.
  await thread.getByRole("button", { name: "Antwoorden" }).click();
  await expect(thread.getByText("Schrijf eerst uw reactie.")).toBeVisible();

  // The council's thread has no resolve button for him.
  const council = await personFor(browser, "raad@koers.test");
  await council.page.goto(path);
  const other = unique("Raadsvraag");
  await newComment(council.page).fill(`Wat is de planning? ${other}`);
  await section(council.page).getByRole("button", { name: "Plaatsen" }).click();
  await expect(threadWith(council.page, other)).toBeVisible();
  await partner.page.reload();
  await expect(threadWith(partner.page, other)).toBeVisible();
  await expect(threadWith(partner.page, other).getByRole("button", { name: /Afhandelen/ })).toHaveCount(0);
  await expect(threadWith(partner.page, other).getByRole("link", { name: /Bewerken/ })).toHaveCount(0);

  // Delete asks first (a confirm dialog with JavaScript); the thread then disappears.
  partner.page.once("dialog", (dialog) => void dialog.accept());
  await thread.getByRole("button", { name: /Verwijderen/ }).click();
  await expect(threadWith(partner.page, word)).toHaveCount(0);
  // The refused empty answer was a 400, which the browser logs; nothing else went wrong.
  expect(partner.errors.filter((error) => !/status of 400/.test(error))).toEqual([]);
});

test("without JavaScript: start, reply, an error next to the field, and delete in two steps", async ({ browser }) => {
  const context = await newContext(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await login(page, "meelezer@koers.test");
  const path = await openAction(page);
  const word = unique("Zonder");

  const field = section(page).getByRole("textbox", { name: "Uw reactie" });
  await field.fill(`Een vraag van een meelezer, @Anouk Ambtenaar. ${word}`);
  await section(page).getByRole("button", { name: "Plaatsen" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}#reacties$`));
  const thread = threadWith(page, word);
  await expect(thread.locator(".koers-mention")).toHaveText("@Anouk Ambtenaar");

  await thread.getByRole("button", { name: "Antwoorden" }).click();
  await expect(thread.getByText("Schrijf eerst uw reactie.")).toBeVisible();
  await thread.getByRole("textbox", { name: /Uw antwoord/ }).fill("En nog een aanvulling.");
  await thread.getByRole("button", { name: "Antwoorden" }).click();
  await expect(savedComment(thread, "En nog een aanvulling.")).toBeVisible();

  // Delete: the first press asks, "Nee, behouden" keeps it, the second step deletes.
  const reply = thread.locator(".koers-comment", { hasText: "En nog een aanvulling." });
  await reply.getByRole("button", { name: /Verwijderen/ }).click();
  await expect(reply.getByText("Weet u zeker dat u deze reactie wilt verwijderen?")).toBeVisible();
  await reply.getByRole("button", { name: "Nee, behouden" }).click();
  await expect(reply.getByText("Weet u zeker")).toHaveCount(0);
  await expect(reply).toBeVisible();
  await reply.getByRole("button", { name: /Verwijderen/ }).click();
  await reply.getByRole("button", { name: "Ja, verwijderen" }).click();
  await expect(thread.getByText("En nog een aanvulling.")).toHaveCount(0);
  await expect(thread.getByText("Deze reactie is verwijderd.")).toBeVisible();
  // (axe itself needs JavaScript in the page; the other tests check the same markup with it.)
});

test("goal and indicator pages have the section too, and pass axe", async ({ browser }) => {
  const civil = await personFor(browser, "ambtenaar@koers.test");
  const page = civil.page;
  await openAction(page, "Sportfonds voor kinderen uit gezinnen met een laag inkomen");
  await page.getByRole("link", { name: GOAL }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: GOAL })).toBeVisible();
  const word = unique("Doel");
  await newComment(page).fill(`Meten we dit per wijk? ${word}`);
  await section(page).getByRole("button", { name: "Plaatsen" }).click();
  await expect(threadWith(page, word)).toBeVisible();
  await expectAccessible(page);

  const indicator = page.locator("main a[href*='/indicatoren/']").first();
  const name = (await indicator.textContent())!.trim();
  await indicator.click();
  await expect(page).toHaveURL(/\/indicatoren\//);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Reacties" })).toBeVisible();
  await newComment(page).fill(`Welke bron gebruiken we? ${word}`);
  await section(page).getByRole("button", { name: "Plaatsen" }).click();
  await expect(threadWith(page, word)).toBeVisible();
  await expectAccessible(page);
  expect(civil.errors).toEqual([]);
});
