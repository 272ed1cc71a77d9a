import { expect, test, type Locator, type Page } from "@playwright/test";
import type { Editor } from "@tiptap/core";
import { closePeopleAfterEachTest, newContext, personFor } from "./people.js";
import { expectAccessible, login, unique } from "./support.js";
import { editorOf, openText } from "./text-page.js";

// Action blocks: the paragraph the council writes is the action that is tracked. A block typed
// in the text becomes an action in the list (the server's projection), and a status set on the
// action's page shows in every open editor without a reload. Every test writes actions of its
// own (unique titles) at the top of the Veiligheid chapter, so the demo actions stay as they were.

const CHAPTER = "Veiligheid";
/** The heading in each demo chapter above its action blocks. */
const ACTIONS_HEADING = "Wat we gaan doen";
const PENDING = "Nieuwe actie — wordt aangemaakt…";

closePeopleAfterEachTest();

const saveStateOf = (page: Page) => page.locator(".koers-save-state");
const toolbarOf = (page: Page) => page.getByRole("toolbar", { name: "Opmaak" });
const addAction = (page: Page) => toolbarOf(page).getByRole("button", { name: "Actie toevoegen" });
/** The action block (in the live editor) whose title line is this text. */
const blockTitled = (page: Page, title: string): Locator =>
  page.locator(".ProseMirror .koers-action").filter({ has: page.locator("p", { hasText: title }) });
const stripOf = (block: Locator) => block.locator(".koers-action__tracking");
/**
 * Puts the cursor at the end of the "Wat we gaan doen" heading of a chapter, through the editor
 * (Tiptap keeps itself on its element for tests; see programme-text.spec.ts for why a click and
 * a key press by a machine are not reliable here). What follows is typed with real keys.
 */
async function cursorAboveActions(page: Page, chapter: string): Promise<void> {
  const editor = editorOf(page);
  await expect(editor).toHaveAttribute("contenteditable", "true");
  await editor.evaluate(
    (element, { chapter, heading }) => {
      const tiptap = (element as HTMLElement & { editor: Editor }).editor;
      let target = -1;
      tiptap.state.doc.forEach((node, offset) => {
        if (node.type.name !== "chapter" || node.attrs.title !== chapter) return;
        node.forEach((child, childOffset) => {
          if (target < 0 && child.type.name === "heading" && child.textContent === heading) target = offset + 1 + childOffset + child.nodeSize - 1;
        });
      });
      if (target < 0) throw new Error(`no "${heading}" in chapter ${chapter}`);
      tiptap.commands.focus(target);
    },
    { chapter, heading: ACTIONS_HEADING },
  );
  await expect(editor).toBeFocused();
}

/** Where the action list shows an action of this title: its domain cell and status, polled by reloading. */
async function listedAs(page: Page, listPath: string, title: string): Promise<{ domain: string; status: string } | null> {
  await page.goto(`${listPath}?zoek=${encodeURIComponent(title)}`);
  const row = page.locator("table.koers-action-table tbody tr").filter({ has: page.locator("th", { hasText: title }) });
  if ((await row.count()) !== 1) return null;
  const cells = row.locator("td");
  return { domain: ((await cells.nth(0).textContent()) ?? "").trim(), status: ((await cells.nth(1).locator(".koers-badge").first().textContent()) ?? "").trim() };
}

test("a council member adds actions in the Veiligheid chapter by /actie, the toolbar and the shortcut; they appear in the action list", async ({ browser }) => {
  test.setTimeout(60_000);
  const rana = await personFor(browser, "raad@koers.test");
  const { page } = rana;
  const textPath = await openText(page);
  const listPath = textPath.replace(/\/tekst$/, "/acties");
  await expect(page.getByText("/actie", { exact: false }).first()).toBeVisible();
  await expect(saveStateOf(page)).toHaveText("Opgeslagen");

  // Outside a chapter (the introduction) the button is there but does nothing.
  const editor = editorOf(page);
  await editor.evaluate((element) => (element as HTMLElement & { editor: Editor }).editor.commands.focus("start"));
  await expect(addAction(page)).toHaveAttribute("aria-disabled", "true");
  await expect(addAction(page)).toHaveAttribute("aria-keyshortcuts", "Control+Alt+A");
  await expect(addAction(page)).toHaveAttribute("title", /hoofdstuk/);
  const blocks = await page.locator(".ProseMirror .koers-action").count();
  // (Playwright waits for an aria-disabled button to become enabled; a person can click it anyway.)
  await addAction(page).click({ force: true });
  await expect(page.locator(".ProseMirror .koers-action")).toHaveCount(blocks);

  // 1. "/actie" and a space on an empty line of the chapter.
  const bySlash = unique("Buurtwacht met vaste aanspreekpunten");
  await cursorAboveActions(page, CHAPTER);
  await expect(addAction(page)).toHaveAttribute("aria-disabled", "false");
  await expect(addAction(page)).toHaveAttribute("title", "Actie toevoegen (Ctrl+Alt+A)");
  await page.keyboard.press("Enter");
  await page.keyboard.type("/actie ");
  await expect(page.locator(".ProseMirror .koers-action")).toHaveCount(blocks + 1);
  await page.keyboard.type(bySlash);
  await page.keyboard.press("Enter");
  await page.keyboard.type("Vrijwilligers lopen samen met de wijkagent een vaste ronde.");
  const slashBlock = blockTitled(page, bySlash);
  await expect(slashBlock).toHaveCount(1);
  await expect(slashBlock.locator("p")).toHaveText([bySlash, "Vrijwilligers lopen samen met de wijkagent een vaste ronde."]);
  await expect(page.locator(`.ProseMirror .koers-chapter:has(> h2:text-is("${CHAPTER}")) .koers-action`, { hasText: bySlash })).toHaveCount(1);

  // 2. The toolbar button.
  const byButton = unique("Meer licht op fietsroutes naar school");
  await cursorAboveActions(page, CHAPTER);
  await addAction(page).click();
  await expect(page.locator(".ProseMirror .koers-action")).toHaveCount(blocks + 2);
  await page.keyboard.type(byButton);
  await expect(blockTitled(page, byButton)).toHaveCount(1);

  // 3. The shortcut. The block says it is being created until the tracking data names it
  // (held back here, so the moment is not missed).
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const tracking = (url: URL) => url.pathname.endsWith("/tekst/acties");
  await page.route(tracking, async (route) => {
    await held;
    // A newer load may have cancelled this one meanwhile.
    await route.continue().catch(() => undefined);
  });
  const byShortcut = unique("Spreekuur van de wijkagent in de bibliotheek");
  await cursorAboveActions(page, CHAPTER);
  await page.keyboard.press("Control+Alt+a");
  await expect(page.locator(".ProseMirror .koers-action")).toHaveCount(blocks + 3);
  await page.keyboard.type(byShortcut);
  const shortcutBlock = blockTitled(page, byShortcut);
  await expect(stripOf(shortcutBlock)).toHaveText(PENDING);
  release();
  await page.unroute(tracking);

  // The server made actions of all three: each block's strip shows its new action.
  for (const title of [bySlash, byButton, byShortcut]) {
    const strip = stripOf(blockTitled(page, title));
    await expect(strip.locator(".koers-badge")).toHaveText("Voorgesteld");
    await expect(strip).toContainText("Nog geen eigenaar");
    await expect(strip).toContainText("Nog geen toezeggingen");
    await expect(strip.getByRole("link", { name: `Naar de actie: ${title}` })).toHaveAttribute("href", /^\/g\/lindeveen\/acties\/[0-9a-f-]{36}$/);
  }
  await expect(saveStateOf(page)).toHaveText("Opgeslagen");
  await expectAccessible(page);

  // … and they are in the action list, under Veiligheid, with the title as typed.
  const list = await rana.context.newPage();
  for (const title of [bySlash, byButton, byShortcut]) {
    await expect.poll(() => listedAs(list, listPath, title), { timeout: 10_000 }).toEqual({ domain: CHAPTER, status: "Voorgesteld" });
  }
  expect(rana.errors).toEqual([]);
});

test("a civil servant sets a new action to 'in uitvoering'; the council member's open editor shows it without a reload", async ({ browser }) => {
  test.setTimeout(60_000);
  const rana = await personFor(browser, "raad@koers.test");
  const anouk = await personFor(browser, "ambtenaar@koers.test");
  const textPath = await openText(rana.page);
  const title = unique("Hangplekkenaanpak met jongerenwerk");
  await cursorAboveActions(rana.page, CHAPTER);
  await addAction(rana.page).click();
  await rana.page.keyboard.type(title);
  const block = blockTitled(rana.page, title);
  const badge = stripOf(block).locator(".koers-badge").first();
  await expect(badge).toHaveText("Voorgesteld");
  // Anything that reloads the page would lose this.
  await rana.page.evaluate(() => ((window as unknown as { koersMarker: string }).koersMarker = "still here"));

  // The civil servant follows the block's link from the text to the action's page.
  await openText(anouk.page);
  expect(new URL(anouk.page.url()).pathname).toBe(textPath);
  const link = stripOf(blockTitled(anouk.page, title)).getByRole("link", { name: `Naar de actie: ${title}` });
  await link.click();
  await expect(anouk.page).toHaveURL(/\/g\/lindeveen\/acties\/[0-9a-f-]{36}$/);
  await expect(anouk.page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  const form = anouk.page.getByRole("region", { name: "Voortgang bijhouden" });
  await form.getByLabel("Status", { exact: true }).selectOption({ label: "In uitvoering" });
  await form.getByLabel("Eigenaar").selectOption({ label: "Anouk Ambtenaar" });
  await form.getByLabel("Einddatum").fill("2027-06-30");
  await form.getByRole("button", { name: "Voortgang opslaan" }).click();
  await expect(anouk.page.getByRole("status").filter({ hasText: "De voortgang is opgeslagen." })).toBeVisible();

  await expect(badge).toHaveText("In uitvoering");
  await expect(stripOf(block)).toContainText("Anouk Ambtenaar");
  await expect(stripOf(block).locator("time")).toHaveText("30 jun 2027");
  expect(await rana.page.evaluate(() => (window as unknown as { koersMarker?: string }).koersMarker)).toBe("still here");
  expect(rana.errors).toEqual([]);
  expect(anouk.errors).toEqual([]);
});

test("a partner sees every block's tracking strip but cannot type; without JavaScript the strips are there too", async ({ browser }) => {
  const pieter = await personFor(browser, "partner@koers.test");
  const { page } = pieter;
  const path = await openText(page);
  await expect(saveStateOf(page)).toHaveText("U ziet de laatste versie");
  await expect(toolbarOf(page)).toHaveCount(0);
  await expect(page.getByText("/actie")).toHaveCount(0);

  const editor = editorOf(page);
  await expect(editor).toHaveAttribute("contenteditable", "false");
  const blocks = page.locator(".ProseMirror .koers-action");
  const count = await blocks.count();
  expect(count).toBeGreaterThanOrEqual(30);
  await expect(page.locator(".ProseMirror .koers-action__tracking[data-tracking='known']")).toHaveCount(count);
  await expect(page.locator(".ProseMirror .koers-action__tracking").getByRole("link", { name: /^Naar de actie/ })).toHaveCount(count);
  const chapter = page.locator(`.ProseMirror .koers-chapter:has(> h2:text-is("${CHAPTER}"))`);
  await expect(chapter.locator(".koers-action").first().locator(".koers-badge").first()).toBeVisible();

  // Typing into a block does nothing.
  const before = await editor.innerText();
  await chapter.locator(".koers-action p").first().click();
  await page.keyboard.type("PARTNERTEKST");
  await page.keyboard.press("Control+Alt+a");
  await expect(editor).not.toContainText("PARTNERTEKST");
  expect(await editor.innerText()).toBe(before);
  await expect(blocks).toHaveCount(count);
  await expectAccessible(page);
  expect(pieter.errors).toEqual([]);

  // The stored text, rendered by the server, has the same strips.
  const reader = await (await newContext(browser, { javaScriptEnabled: false })).newPage();
  await login(reader, "partner@koers.test");
  await reader.goto(path);
  const stored = reader.locator(".koers-text-document--stored");
  await expect(stored.locator(".koers-chapter__title", { hasText: CHAPTER })).toHaveCount(1);
  await expect(stored.locator(".koers-action")).toHaveCount(count);
  await expect(stored.locator(".koers-action__tracking[data-tracking='known']")).toHaveCount(count);
  await expect(stored.locator(".koers-action__tracking").first().getByRole("link", { name: /^Naar de actie/ })).toHaveAttribute("href", /^\/g\/lindeveen\/acties\//);
});
