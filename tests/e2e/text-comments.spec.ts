import { expect, test, type Locator, type Page } from "@playwright/test";
import type { Editor } from "@tiptap/core";
import { closePeopleAfterEachTest, newContext, personFor } from "./people.js";
import { expectAccessible, login, unique } from "./support.js";
import { editorOf, openText } from "./text-page.js";

// Inline comments on the programme text: a partner, who may read the text but not edit it,
// selects a sentence and starts a thread; the council member sees it highlighted without a
// reload, answers, writes on before it (the highlight keeps to the same words), resolves and
// reopens it, and deletes the sentence (the thread stays, "tekst verwijderd"). A reader does
// it all from the keyboard; without JavaScript the threads can be read and answered. Every
// test comments on a paragraph of its own (unique words), written at the end of the text.

closePeopleAfterEachTest();

const panelOf = (page: Page) => page.getByRole("region", { name: "Reacties" });
const paragraph = (page: Page, text: string) => page.locator(".ProseMirror p", { hasText: text });
/** A paragraph's text without the other people's caret labels that may sit in it. */
const textOf = (page: Page, text: string) =>
  paragraph(page, text).evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll(".collaboration-carets__caret").forEach((caret) => caret.remove());
    return copy.textContent ?? "";
  });
/** The highlights in the text (open threads), and the one thread card whose quote is this. */
const marks = (page: Page) => page.locator(".ProseMirror mark.koers-comment-mark:not(.koers-comment-mark--draft)");
const threadAbout = (page: Page, quote: string): Locator => panelOf(page).getByRole("article").filter({ has: page.locator("q", { hasText: quote }) });

/** Writes paragraphs at the end of the text, with real key presses (see programme-text.spec.ts for the cursor). */
async function writeAtEnd(page: Page, ...paragraphs: string[]): Promise<void> {
  const editor = editorOf(page);
  await expect(editor).toHaveAttribute("contenteditable", "true");
  await editor.evaluate((element) => (element as HTMLElement & { editor: Editor }).editor.commands.focus("end"));
  await expect(editor).toBeFocused();
  for (const text of paragraphs) {
    await page.keyboard.press("Enter");
    await page.keyboard.type(text);
  }
}

/** Puts a writer's cursor at the start of the first occurrence of `text` (through the editor, as the other specs do). */
async function cursorBefore(page: Page, text: string): Promise<void> {
  await editorOf(page).evaluate((element, text) => {
    const editor = (element as HTMLElement & { editor: Editor }).editor;
    let at = -1;
    editor.state.doc.descendants((node, pos) => {
      if (at < 0 && node.isText && node.text!.includes(text)) at = pos + node.text!.indexOf(text);
      return at < 0;
    });
    if (at < 0) throw new Error(`"${text}" is not in the text`);
    editor.commands.focus(at);
  }, text);
  await expect(editorOf(page)).toBeFocused();
}

test("a partner comments on a sentence; the council member sees it live, answers, writes before it, resolves it and deletes the sentence", async ({ browser }) => {
  test.setTimeout(90_000);
  const rana = await personFor(browser, "raad@koers.test");
  const pieter = await personFor(browser, "partner@koers.test");
  await openText(rana.page);
  const sentence = unique("Wij openen een buurthuis in Lindeveen-Noord");
  const after = unique("Daar zijn ook de sportclubs welkom");
  await writeAtEnd(rana.page, sentence, after);
  await expect(rana.page.locator(".koers-save-state")).toHaveText("Opgeslagen");
  // Anything that reloads the council member's page would lose this.
  await rana.page.evaluate(() => ((window as unknown as { koersMarker: string }).koersMarker = "still here"));

  // The partner cannot type, but selects the sentence (a triple click) and presses "Reageren" beside it.
  await openText(pieter.page);
  await expect(editorOf(pieter.page)).toHaveAttribute("contenteditable", "false");
  await paragraph(pieter.page, sentence).click({ clickCount: 3 });
  const floating = pieter.page.locator(".koers-comment-float").getByRole("button", { name: "Reageren" });
  await expect(floating).toBeVisible();
  await expect(floating).toHaveAttribute("aria-keyshortcuts", "Control+Alt+M");
  await floating.click();
  const form = panelOf(pieter.page).getByRole("form", { name: "Nieuwe reactie" });
  await expect(form.locator("blockquote")).toHaveText(sentence);
  const body = form.getByRole("combobox", { name: "Uw reactie", exact: true });
  await expect(body).toBeFocused();
  // The words being commented on are marked while the comment is written.
  await expect(pieter.page.locator(".ProseMirror mark.koers-comment-mark--draft")).toHaveText(sentence);
  await expectAccessible(pieter.page);
  await body.fill("Kunnen de sportclubs hier ook een ruimte krijgen?");
  await form.getByRole("button", { name: "Reactie plaatsen" }).click();

  const own = threadAbout(pieter.page, sentence);
  await expect(own).toBeFocused();
  await expect(panelOf(pieter.page).getByRole("status").filter({ hasText: "Uw reactie is geplaatst." })).toBeVisible();
  await expect(own).toContainText("Pieter Partner (u)");
  await expect(own).toContainText("Kunnen de sportclubs hier ook een ruimte krijgen?");
  await expect(marks(pieter.page).filter({ hasText: sentence })).toHaveText([sentence]);

  // The council member's open editor highlights it without a reload (comments-changed).
  const highlight = marks(rana.page).filter({ hasText: sentence });
  await expect(highlight).toHaveText([sentence]);
  const thread = threadAbout(rana.page, sentence);
  await expect(thread).toContainText("Kunnen de sportclubs hier ook een ruimte krijgen?");
  await expect(panelOf(rana.page).getByRole("status").first()).toContainText(/\d+ open gesprek/);

  // Clicking the highlight opens the thread; the council member answers.
  await highlight.click();
  await expect(thread).toHaveClass(/koers-thread--active/);
  await expect(highlight).toHaveClass(/koers-comment-mark--active/);
  // She names the partner through the suggestions (@ and part of the name, Enter).
  const reply = thread.getByRole("combobox", { name: "Uw antwoord" });
  await reply.pressSequentially("Goed idee, @Piet");
  await expect(thread.getByRole("listbox", { name: "Leden om te noemen" }).getByRole("option").first()).toContainText("Pieter Partner");
  await rana.page.keyboard.press("Enter");
  await reply.pressSequentially("dat nemen we mee.");
  await expect(reply).toHaveValue("Goed idee, @Pieter Partner dat nemen we mee.");
  await thread.getByRole("button", { name: "Antwoord plaatsen" }).click();
  await expect(thread).toContainText("Goed idee, @Pieter Partner dat nemen we mee.");
  await expect(thread.locator(".koers-comment__mention")).toHaveText("@Pieter Partner");
  await expect(threadAbout(pieter.page, sentence)).toContainText("Goed idee, @Pieter Partner dat nemen we mee.");
  await expectAccessible(rana.page);

  // Text typed before the sentence (in its paragraph) stays outside the highlight, in both browsers.
  await cursorBefore(rana.page, sentence);
  await rana.page.keyboard.type("Nieuw: ");
  await expect.poll(() => textOf(rana.page, sentence)).toBe(`Nieuw: ${sentence}`);
  await expect.poll(() => textOf(pieter.page, sentence)).toBe(`Nieuw: ${sentence}`);
  await expect(marks(rana.page).filter({ hasText: sentence })).toHaveText([sentence]);
  await expect(marks(pieter.page).filter({ hasText: sentence })).toHaveText([sentence]);

  // Resolved: no highlight any more, the thread folded away under the resolved ones.
  await thread.getByRole("button", { name: "Afhandelen" }).click();
  await expect(panelOf(rana.page).getByRole("status").filter({ hasText: "Het gesprek is afgehandeld." })).toBeVisible();
  await expect(marks(rana.page).filter({ hasText: sentence })).toHaveCount(0);
  await expect(marks(pieter.page).filter({ hasText: sentence })).toHaveCount(0);
  // The resolved ones are folded away, but open while the thread just resolved is the active one.
  const resolved = panelOf(rana.page).locator(".koers-comments__resolved");
  await expect(resolved.locator(".koers-comments__resolved-summary")).toHaveText(/Afgehandelde gesprekken \(\d+\)/);
  await expect(resolved).toHaveAttribute("open", "");
  await expect(threadAbout(rana.page, sentence)).toContainText("Afgehandeld door Rana de Raad");

  // Reopened, and then the sentence is deleted: the thread stays, marked "tekst verwijderd".
  await threadAbout(rana.page, sentence).getByRole("button", { name: "Heropenen" }).click();
  await expect(marks(rana.page).filter({ hasText: sentence })).toHaveText([sentence]);
  await cursorBefore(rana.page, sentence);
  for (let i = 0; i < sentence.length; i++) await rana.page.keyboard.press("Delete");
  await expect(paragraph(rana.page, after)).toHaveCount(1);
  await expect(rana.page.locator(".ProseMirror")).not.toContainText(sentence);
  for (const page of [rana.page, pieter.page]) {
    const gone = threadAbout(page, sentence);
    await expect(gone).toContainText("tekst verwijderd");
    await expect(gone.locator("q")).toHaveText(sentence);
    await expect(gone.getByRole("button", { name: "Toon in de tekst" })).toHaveCount(0);
    await expect(marks(page).filter({ hasText: sentence })).toHaveCount(0);
  }
  await expectAccessible(pieter.page);
  expect(await rana.page.evaluate(() => (window as unknown as { koersMarker?: string }).koersMarker)).toBe("still here");
  expect(rana.errors).toEqual([]);
  expect(pieter.errors).toEqual([]);
});

test("a reader comments from the keyboard alone: Tab into the text, select with Shift and the arrows, Ctrl+Alt+M", async ({ browser }) => {
  const mila = await personFor(browser, "meelezer@koers.test");
  const { page } = mila;
  await openText(page);
  await expect(page.locator(".koers-save-state")).toHaveText("U ziet de laatste versie");
  const editor = editorOf(page);
  await expect(editor).toHaveAttribute("contenteditable", "false");
  await expect(editor).toHaveAttribute("tabindex", "0");

  // Tab until the text has the focus; a caret appears at its start.
  for (let i = 0; i < 40 && !(await editor.evaluate((element) => element === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(editor).toBeFocused();
  await expect(page.locator(".koers-reading-caret")).toBeVisible();

  // Down into the first paragraph, then select to the end of its line.
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Control+ArrowRight");
  await page.keyboard.press("Shift+End");
  const selected = (await page.evaluate(() => document.getSelection()?.toString() ?? "")).trim();
  expect(selected.length).toBeGreaterThan(10);
  await page.keyboard.press("Control+Alt+m");
  const form = panelOf(page).getByRole("form", { name: "Nieuwe reactie" });
  await expect(form.locator("blockquote")).toHaveText(selected);
  await expect(form.getByRole("combobox", { name: "Uw reactie", exact: true })).toBeFocused();
  const words = unique("Een vraag van een meelezer");
  await page.keyboard.type(words);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  const thread = panelOf(page).getByRole("article").filter({ hasText: words });
  await expect(thread).toBeFocused();
  await expect(marks(page).filter({ hasText: selected })).toHaveText([selected]);
  await expectAccessible(page);

  // Escape leaves a new comment unsaved; her own comment she may delete (the thread goes with it).
  await editor.focus();
  await page.keyboard.press("Control+Home");
  await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("Control+Alt+m");
  await expect(form).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(form).toHaveCount(0);
  await expect(editor).toBeFocused();
  await thread.getByText("Verwijderen", { exact: true }).click();
  await thread.getByRole("button", { name: "Ja, verwijderen" }).click();
  await expect(panelOf(page).getByRole("status").filter({ hasText: "Uw reactie is verwijderd." })).toBeVisible();
  await expect(panelOf(page).getByRole("article").filter({ hasText: words })).toHaveCount(0);
  await expect(marks(page).filter({ hasText: selected })).toHaveCount(0);
  expect(mila.errors).toEqual([]);
});

test("without JavaScript the threads can be read and answered, and ?reactie= opens one", async ({ browser }) => {
  test.setTimeout(60_000);
  const pieter = await personFor(browser, "partner@koers.test");
  const rana = await personFor(browser, "raad@koers.test");
  const path = await openText(rana.page);
  const sentence = unique("Elke wijk krijgt een vast spreekuur");
  await writeAtEnd(rana.page, sentence);
  await expect(rana.page.locator(".koers-save-state")).toHaveText("Opgeslagen");
  await openText(pieter.page);
  await paragraph(pieter.page, sentence).click({ clickCount: 3 });
  await pieter.page.keyboard.press("Control+Alt+m");
  const form = panelOf(pieter.page).getByRole("form", { name: "Nieuwe reactie" });
  await form.getByRole("combobox", { name: "Uw reactie", exact: true }).fill("Ook op zaterdag?");
  await form.getByRole("button", { name: "Reactie plaatsen" }).click();
  const id = await threadAbout(pieter.page, sentence).getAttribute("id");
  expect(id).toMatch(/^reactie-[0-9a-f-]{36}$/);

  // A link to the thread (as in a notification) opens it: the thread has the focus, its words in view.
  await rana.page.goto(`${path}?reactie=${id!.slice("reactie-".length)}`);
  await expect(threadAbout(rana.page, sentence)).toBeFocused();
  await expect(threadAbout(rana.page, sentence)).toHaveClass(/koers-thread--active/);
  const words = marks(rana.page).filter({ hasText: sentence });
  await expect(words).toHaveClass(/koers-comment-mark--active/);
  await expect(words).toBeInViewport();

  const reader = await (await newContext(browser, { javaScriptEnabled: false })).newPage();
  await login(reader, "raad@koers.test");
  await reader.goto(`${path}?reactie=${id!.slice("reactie-".length)}`);
  const panel = panelOf(reader);
  await expect(panel).toContainText("Om op een stuk tekst te reageren is JavaScript nodig.");
  const thread = threadAbout(reader, sentence);
  await expect(thread).toContainText("Ook op zaterdag?");
  // The thread asked for is open: its reply form is there to fill in.
  await thread.getByRole("textbox", { name: "Uw antwoord" }).fill("Ja, van tien tot twaalf.");
  await thread.getByRole("button", { name: "Antwoord plaatsen" }).click();
  await expect(panel.getByRole("status").filter({ hasText: "Uw antwoord is geplaatst." })).toBeVisible();
  await expect(threadAbout(reader, sentence)).toContainText("Ja, van tien tot twaalf.");
  await threadAbout(reader, sentence).getByRole("button", { name: "Afhandelen" }).click();
  await expect(panel.getByRole("status").filter({ hasText: "Het gesprek is afgehandeld." })).toBeVisible();
  await expect(panel.locator(".koers-comments__resolved")).toHaveAttribute("open", "");
  await expect(threadAbout(reader, sentence)).toContainText("Afgehandeld door Rana de Raad");
  // The partner's open page heard of both.
  await expect(threadAbout(pieter.page, sentence)).toContainText("Ja, van tien tot twaalf.");
  await expect(threadAbout(pieter.page, sentence)).toHaveClass(/koers-thread--resolved/);
  await expectAccessible(pieter.page);
  expect(pieter.errors).toEqual([]);
});
