import { expect, test, type Page } from "@playwright/test";
import type { Editor } from "@tiptap/core";
import { closePeopleAfterEachTest, newContext, personFor } from "./people.js";
import { expectAccessible, login, unique } from "./support.js";
import { editorOf } from "./text-page.js";

// The programme text, edited together through the collaboration server. Every test types its
// own unique text in a new paragraph at the end, so it depends neither on the seeded text nor
// on what other tests wrote.

const OFFLINE = "Offline — uw wijzigingen blijven op dit apparaat bewaard";

closePeopleAfterEachTest();

/** Opens the text through the main navigation, as a member would, and returns its path. */
async function openText(page: Page): Promise<string> {
  await page.goto("/g/lindeveen");
  await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Tekst", exact: true }).click();
  await expect(page).toHaveURL(/\/g\/lindeveen\/programma\/[0-9a-f-]{36}\/tekst$/);
  await expect(page.getByRole("heading", { level: 1, name: "Programmatekst" })).toBeVisible();
  return new URL(page.url()).pathname;
}

const saveStateOf = (page: Page) => page.locator(".koers-save-state");
/** Paragraphs with this text; the caret labels live inside the editor, so read from `p`. */
const paragraph = (page: Page, text: string) => page.locator(".ProseMirror p", { hasText: text });
/**
 * Types a new paragraph at the end of the text. The cursor is put there through the editor
 * (Tiptap keeps itself on its element for tests): ProseMirror puts its own selection back
 * into the DOM shortly after it gains focus, so a Control+End pressed by a machine right after
 * a click is sometimes undone. Tiptap focuses in the next animation frame, so wait for that
 * before typing; the typing itself is real key presses.
 */
async function typeAtEnd(page: Page, text: string): Promise<void> {
  const editor = editorOf(page);
  await expect(editor).toHaveAttribute("contenteditable", "true");
  await editor.evaluate((element) => (element as HTMLElement & { editor: Editor }).editor.commands.focus("end"));
  await expect(editor).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.type(text);
}

/**
 * The collaboration server within this page's reach only while `reachable` is true: its
 * WebSocket is refused otherwise, while the pages themselves keep loading.
 */
async function collabSwitch(page: Page): Promise<{ reachable: boolean }> {
  const state = { reachable: true };
  await page.routeWebSocket(/\/collab$/, (ws) => {
    if (state.reachable) ws.connectToServer();
    else void ws.close();
  });
  return state;
}

/** Updates this browser holds in IndexedDB for the programme text (y-indexeddb's store). */
function localUpdates(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const databases = await indexedDB.databases();
    const name = databases.map((d) => d.name ?? "").find((n) => /^koers:[^:]+:programme\./.test(n));
    if (!name) return 0;
    return new Promise<number>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const count = db.transaction("updates", "readonly").objectStore("updates").count();
        count.onsuccess = () => {
          resolve(count.result);
          db.close();
        };
        count.onerror = () => reject(count.error);
      };
    });
  });
}

test("two writers type in the same text and each sees the other's words, caret and name", async ({ browser }) => {
  const rana = await personFor(browser, "raad@koers.test");
  const anouk = await personFor(browser, "ambtenaar@koers.test");
  const path = await openText(rana.page);
  await anouk.page.goto(path);
  await expect(saveStateOf(rana.page)).toHaveText("Opgeslagen");
  await expect(saveStateOf(anouk.page)).toHaveText("Opgeslagen");

  const fromRana = unique("Rana schrijft over de wijkteams");
  await typeAtEnd(rana.page, fromRana);
  await expect(paragraph(anouk.page, fromRana)).toHaveCount(1);

  const fromAnouk = unique("Anouk vult aan met cijfers");
  await typeAtEnd(anouk.page, fromAnouk);
  await expect(paragraph(rana.page, fromAnouk)).toHaveCount(1);
  await expect(paragraph(rana.page, fromRana)).toHaveCount(1);

  // Each sees the other's caret with their name, and both in the list of who is here.
  await expect(rana.page.locator(".ProseMirror .collaboration-carets__label", { hasText: "Anouk Ambtenaar" })).toBeVisible();
  await expect(anouk.page.locator(".ProseMirror .collaboration-carets__label", { hasText: "Rana de Raad" })).toBeVisible();
  const here = rana.page.getByRole("region", { name: "Nu in deze tekst" }).getByRole("listitem");
  await expect(here).toHaveText(["Rana de Raad (u)", "Anouk Ambtenaar"]);

  // Saved means stored: a reader without JavaScript gets both paragraphs from the server.
  await expect(saveStateOf(rana.page)).toHaveText("Opgeslagen");
  await expect(saveStateOf(anouk.page)).toHaveText("Opgeslagen");
  const reader = await (await newContext(browser, { javaScriptEnabled: false })).newPage();
  await login(reader, "partner@koers.test");
  await reader.goto(path);
  await expect(reader.locator(".koers-text-document p", { hasText: fromRana })).toHaveCount(1);
  await expect(reader.locator(".koers-text-document p", { hasText: fromAnouk })).toHaveCount(1);

  expect(rana.errors).toEqual([]);
  expect(anouk.errors).toEqual([]);
});

/** Hocuspocus' acknowledgement ("SyncStatus", type 8) after the document name (programme.<uuid>). */
function isAcknowledgement(message: string | Buffer): boolean {
  if (typeof message === "string") return false;
  const nameLength = message[0] ?? 128;
  return nameLength < 128 && message[1 + nameLength] === 8;
}

test("the save state says 'Opgeslagen' only once the server confirmed the change as stored", async ({ browser }) => {
  const rana = await personFor(browser, "raad@koers.test");
  // Between page and server: every message passes, except that acknowledgements can be held back.
  let holdAcks = false;
  const held: Buffer[] = [];
  let toPage: ((message: Buffer) => void) | null = null;
  await rana.page.routeWebSocket(/\/collab$/, (ws) => {
    const server = ws.connectToServer();
    toPage = (message) => ws.send(message);
    ws.onMessage((message) => server.send(message));
    server.onMessage((message) => {
      if (holdAcks && isAcknowledgement(message)) held.push(message as Buffer);
      else ws.send(message);
    });
  });
  await openText(rana.page);
  const state = saveStateOf(rana.page);
  await expect(state).toHaveText("Opgeslagen");
  await expect(state).toHaveAttribute("aria-live", "polite");

  holdAcks = true;
  const text = unique("Nog niet bevestigd");
  await typeAtEnd(rana.page, text);
  await expect(state).toHaveText("Bezig met opslaan…");
  await rana.page.waitForTimeout(1_000);
  await expect(state).toHaveText("Bezig met opslaan…");
  expect(held.length).toBeGreaterThan(0);

  holdAcks = false;
  for (const message of held.splice(0)) toPage!(message);
  await expect(state).toHaveText("Opgeslagen");

  // Without a network it says so, and what is typed meanwhile is not called saved.
  await rana.context.setOffline(true);
  await expect(state).toHaveText(OFFLINE);
  await typeAtEnd(rana.page, unique("In de tunnel"));
  await expect(state).toHaveText(OFFLINE);
  await rana.context.setOffline(false);
  await expect(state).toHaveText("Opgeslagen", { timeout: 20_000 });
  expect(rana.errors).toEqual([]);
});

test("the toolbar formats the text, by mouse and by keyboard, and adds and removes a link", async ({ browser }) => {
  const rana = await personFor(browser, "raad@koers.test");
  const { page } = rana;
  await openText(page);
  const toolbar = page.getByRole("toolbar", { name: "Opmaak" });
  for (const name of ["Kop 2", "Kop 3", "Vet", "Cursief", "Onderstrepen", "Opsommingslijst", "Genummerde lijst", "Citaat", "Link"]) {
    await expect(toolbar.getByRole("button", { name, exact: true })).toBeVisible();
  }

  const word = unique("Belangrijk");
  await typeAtEnd(page, word);
  await page.keyboard.press("Shift+Home");
  const bold = toolbar.getByRole("button", { name: "Vet", exact: true });
  // A new paragraph keeps the marks of the one before; an earlier run may have ended in bold.
  if ((await bold.getAttribute("aria-pressed")) === "true") await bold.click();
  await expect(bold).toHaveAttribute("aria-pressed", "false");
  await bold.click();
  await expect(bold).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator(".ProseMirror strong", { hasText: word })).toHaveCount(1);

  // One tab stop; arrow keys move through the buttons, Enter uses one.
  await page.keyboard.press("Shift+Tab");
  await expect(toolbar.getByRole("button").first()).toBeFocused();
  await page.keyboard.press("End");
  const link = toolbar.getByRole("button", { name: "Link", exact: true });
  await expect(link).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(toolbar.getByRole("button", { name: "Citaat", exact: true })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  const address = page.getByLabel("Webadres");
  await expect(address).toBeFocused();
  await expect(link).toHaveAttribute("aria-expanded", "true");
  await expectAccessible(page);

  await address.fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Link opslaan" }).click();
  await expect(address).toHaveAccessibleDescription(/Dit webadres kan niet/);
  await address.fill("www.lindeveen.nl");
  await address.press("Enter");
  await expect(page.locator(".ProseMirror a[href='https://www.lindeveen.nl']", { hasText: word })).toHaveCount(1);
  await expect(link).toHaveAttribute("aria-pressed", "true");

  await link.click();
  await page.getByRole("button", { name: "Link verwijderen" }).click();
  await expect(page.locator(".ProseMirror a", { hasText: word })).toHaveCount(0);
  await expect(page.locator(".ProseMirror strong", { hasText: word })).toHaveCount(1);
  await bold.click();
  await expect(bold).toHaveAttribute("aria-pressed", "false");
  await expect(page.locator(".ProseMirror strong", { hasText: word })).toHaveCount(0);
  await expect(saveStateOf(page)).toHaveText("Opgeslagen");
  expect(rana.errors).toEqual([]);
});

test("a partner reads the text as it is written but cannot change it", async ({ browser }) => {
  const rana = await personFor(browser, "raad@koers.test");
  const pieter = await personFor(browser, "partner@koers.test");
  const path = await openText(rana.page);
  await pieter.page.goto(path);
  const { page } = pieter;

  await expect(page.getByText("U kunt deze tekst lezen maar niet bewerken.")).toBeVisible();
  await expect(page.getByRole("toolbar")).toHaveCount(0);
  await expect(saveStateOf(page)).toHaveText("U ziet de laatste versie");
  const editor = editorOf(page);
  await expect(editor).toHaveAttribute("contenteditable", "false");
  await expect(editor).toHaveAttribute("aria-readonly", "true");

  const text = unique("De raad schrijft, de partner leest");
  await typeAtEnd(rana.page, text);
  await expect(paragraph(page, text)).toHaveCount(1);

  // Typing does nothing, here or for anyone else.
  const before = await editor.innerText();
  await paragraph(page, text).click();
  await page.keyboard.press("End");
  await page.keyboard.type("PARTNERTEKST");
  await page.keyboard.press("Enter");
  await expect(editor).not.toContainText("PARTNERTEKST");
  expect(await editor.innerText()).toBe(before);
  await expect(saveStateOf(rana.page)).toHaveText("Opgeslagen");
  await expect(editorOf(rana.page)).not.toContainText("PARTNERTEKST");

  await expect(page.getByRole("region", { name: "Nu in deze tekst" }).getByRole("listitem")).toContainText(["Pieter Partner (u)", "Rana de Raad"]);
  await expectAccessible(page);
  expect(pieter.errors).toEqual([]);
});

test("changes made offline survive a reload and reach the others when the connection returns", async ({ browser }) => {
  test.setTimeout(60_000);
  const rana = await personFor(browser, "raad@koers.test");
  const anouk = await personFor(browser, "ambtenaar@koers.test");
  // The page itself must load for a reload, so after the network is back the collaboration
  // server stays out of reach by refusing the editor's WebSocket until it is reachable again.
  const collab = await collabSwitch(rana.page);
  const path = await openText(rana.page);
  await anouk.page.goto(path);
  await expect(saveStateOf(rana.page)).toHaveText("Opgeslagen");
  await expect(saveStateOf(anouk.page)).toHaveText("Opgeslagen");

  await rana.context.setOffline(true);
  await expect(saveStateOf(rana.page)).toHaveText(OFFLINE);
  const stored = await localUpdates(rana.page);
  const text = unique("Geschreven in de trein");
  await typeAtEnd(rana.page, text);
  await expect(paragraph(rana.page, text)).toHaveCount(1);
  // Every keystroke is one update in IndexedDB: wait until all are there before reloading.
  await expect.poll(() => localUpdates(rana.page)).toBeGreaterThanOrEqual(stored + text.length);

  collab.reachable = false;
  await rana.context.setOffline(false);
  await rana.page.reload();
  await expect(paragraph(rana.page, text)).toBeVisible();
  await expect(saveStateOf(rana.page)).toHaveText(OFFLINE);
  await expect(paragraph(anouk.page, text)).toHaveCount(0);

  collab.reachable = true;
  await expect(paragraph(anouk.page, text)).toHaveCount(1, { timeout: 25_000 });
  await expect(saveStateOf(rana.page)).toHaveText("Opgeslagen");
  await expect(paragraph(rana.page, text)).toHaveCount(1);
  expect(anouk.errors).toEqual([]);
});

test("the page passes axe for a writer with someone else in the text", async ({ browser }) => {
  const rana = await personFor(browser, "raad@koers.test");
  const anouk = await personFor(browser, "ambtenaar@koers.test");
  const path = await openText(rana.page);
  await anouk.page.goto(path);
  await typeAtEnd(anouk.page, unique("Voor de toegankelijkheidstoets"));
  await expect(rana.page.locator(".collaboration-carets__label", { hasText: "Anouk Ambtenaar" })).toBeVisible();
  await expect(saveStateOf(rana.page)).toHaveText("Opgeslagen");
  await expectAccessible(rana.page);
});

/** Names of the local text copies and unsaved-work notes Koers keeps in this browser. */
function keptOnDevice(page: Page): Promise<{ copies: string[]; notes: string[] }> {
  return page.evaluate(async () => ({
    copies: (await indexedDB.databases()).map((d) => d.name ?? "").filter((name) => name.startsWith("koers:")),
    notes: Object.keys(localStorage).filter((key) => key.startsWith("koers:unsaved:")),
  }));
}

test("logging out removes the text from the device; with changes the server does not have yet, it warns first", async ({ browser }) => {
  test.setTimeout(60_000);
  const rana = await personFor(browser, "raad@koers.test");
  const collab = await collabSwitch(rana.page);
  const path = await openText(rana.page);
  const programmeTitle = (await rana.page.locator(".koers-programme-header__context").textContent())!.trim();
  await expect(saveStateOf(rana.page)).toHaveText("Opgeslagen");
  expect(await keptOnDevice(rana.page)).toEqual({ copies: [expect.stringMatching(/^koers:[0-9a-f-]{36}:programme\./)], notes: [] });

  // Written offline, and the collaboration server still out of reach when she moves on.
  await rana.context.setOffline(true);
  await expect(saveStateOf(rana.page)).toHaveText(OFFLINE);
  const text = unique("Nog niet opgeslagen");
  const stored = await localUpdates(rana.page);
  await typeAtEnd(rana.page, text);
  await expect.poll(() => localUpdates(rana.page)).toBeGreaterThanOrEqual(stored + text.length);
  collab.reachable = false;
  await rana.context.setOffline(false);
  await rana.page.goto("/g/lindeveen");
  expect((await keptOnDevice(rana.page)).notes).toHaveLength(1);

  // The header's "Uitloggen" leads to the logout page, which names the text and links to it.
  await rana.page.locator("summary", { hasText: "Gebruikersmenu" }).click();
  await rana.page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(rana.page).toHaveURL(/\/logout$/);
  const warning = rana.page.getByRole("alert");
  await expect(warning).toContainText("nog niet op de server is opgeslagen");
  await expect(rana.page.getByText("Wilt u toch uitloggen?")).toBeVisible();
  await expectAccessible(rana.page);

  // She opens the text from there; once the server is reachable it is saved, and the note goes.
  collab.reachable = true;
  await warning.getByRole("link", { name: `Open „${programmeTitle}” om op te slaan`, exact: true }).click();
  await expect(rana.page).toHaveURL(new RegExp(`${path}$`));
  await expect(paragraph(rana.page, text)).toHaveCount(1);
  await expect(saveStateOf(rana.page)).toHaveText("Opgeslagen");
  await expect.poll(async () => (await keptOnDevice(rana.page)).notes).toEqual([]);

  // Now logging out goes straight through, and leaves nothing of the text in the browser.
  await rana.page.locator("summary", { hasText: "Gebruikersmenu" }).click();
  await rana.page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(rana.page).toHaveURL(/\/login\?melding=uitgelogd$/);
  await expect(rana.page.getByRole("status")).toContainText("U bent uitgelogd.");
  await expect.poll(() => keptOnDevice(rana.page)).toEqual({ copies: [], notes: [] });
  await expectAccessible(rana.page);
});
