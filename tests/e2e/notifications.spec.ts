import { expect, test, type Page } from "@playwright/test";
import { closePeopleAfterEachTest, newContext, personFor } from "./people.js";
import { expectAccessible, login, unique } from "./support.js";

/*
 * Notifications: the civil servant makes the council member owner of an action; the council
 * member sees the unread count in the navigation, opens the inbox and the notification (and
 * lands on the action), and chooses how to be mailed. Each test makes its own action, and
 * starts by marking what the council member already had as read.
 */

closePeopleAfterEachTest();

const nav = (page: Page) => page.getByRole("navigation", { name: "Hoofdnavigatie" });
const inboxLink = (page: Page) => nav(page).getByRole("link", { name: /^Meldingen/ });

/** A fresh action made by the civil servant, owned by Rana de Raad; returns its path. */
async function makeCouncilOwner(page: Page, title: string): Promise<string> {
  await page.goto("/g/lindeveen");
  await page.goto((await nav(page).getByRole("link", { name: "Acties" }).getAttribute("href")) ?? "");
  const create = page.getByRole("region", { name: "Nieuwe actie" });
  await create.getByLabel("Titel").fill(title);
  await create.getByLabel("Domein").selectOption({ label: "Gezondheid" });
  await create.getByRole("button", { name: "Actie aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const track = page.getByRole("region", { name: "Voortgang bijhouden" });
  await track.getByLabel("Eigenaar").selectOption({ label: "Rana de Raad" });
  await track.getByRole("button", { name: "Voortgang opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De voortgang is opgeslagen." })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** Marks everything read, so the count in the navigation starts from nothing. */
async function startWithNothingUnread(page: Page): Promise<void> {
  await page.goto("/g/lindeveen/meldingen");
  const markAll = page.getByRole("button", { name: "Alles als gelezen markeren" });
  if (await markAll.isVisible()) {
    await markAll.click();
    await expect(page.getByRole("status")).toContainText("Alle meldingen zijn als gelezen gemarkeerd.");
  }
  await expect(inboxLink(page)).toHaveAccessibleName("Meldingen");
}

test("the new owner sees the unread count, opens the notification from the inbox and lands on the action", async ({ browser }) => {
  const council = await personFor(browser, "raad@koers.test");
  const servant = await personFor(browser, "ambtenaar@koers.test");
  await startWithNothingUnread(council.page);

  const title = unique("Valpreventie voor ouderen");
  const actionPath = await makeCouncilOwner(servant.page, title);

  // The count in the navigation: a badge, and words for screen readers.
  await council.page.goto("/g/lindeveen");
  await expect(inboxLink(council.page)).toHaveAccessibleName("Meldingen (1 ongelezen)");
  await expect(inboxLink(council.page).getByTestId("unread-count")).toHaveText("1");
  await inboxLink(council.page).click();

  await expect(council.page.getByRole("heading", { level: 1, name: "Meldingen" })).toBeVisible();
  const sentence = `Anouk Ambtenaar maakte u eigenaar van de actie „${title}”`;
  const item = council.page.getByRole("listitem").filter({ hasText: sentence });
  await expect(item).toContainText("Nieuw");
  await expect(item.locator("time")).toContainText(/zojuist|minuten? geleden/);
  await expectAccessible(council.page);

  // Only the unread ones, by a link (GET): the new one is there.
  await council.page.getByRole("link", { name: "Ongelezen (1)" }).click();
  await expect(council.page).toHaveURL(/\/meldingen\?filter=unread$/);
  await expect(council.page.getByRole("link", { name: "Ongelezen (1)" })).toHaveAttribute("aria-current", "page");
  await item.getByRole("button", { name: `Openen: ${sentence}` }).click();

  await expect(council.page).toHaveURL(new RegExp(`${actionPath}$`));
  await expect(council.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(inboxLink(council.page)).toHaveAccessibleName("Meldingen");
  await expect(inboxLink(council.page).getByTestId("unread-count")).toHaveCount(0);

  await council.page.goto("/g/lindeveen/meldingen?filter=unread");
  await expect(council.page.getByText("U hebt geen ongelezen meldingen.")).toBeVisible();
  await council.page.getByRole("link", { name: /^Alle \(\d+\)$/ }).click();
  await expect(council.page.getByRole("listitem").filter({ hasText: sentence })).not.toContainText("Nieuw");
  expect(council.errors).toEqual([]);
  expect(servant.errors).toEqual([]);
});

test("opening a notification and marking all read work without JavaScript", async ({ browser }) => {
  const servant = await personFor(browser, "ambtenaar@koers.test");
  const context = await newContext(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await login(page, "raad@koers.test");
  await startWithNothingUnread(page);

  const first = unique("Gezonde schoolkantine");
  const second = unique("Beweegtuin in het park");
  const firstPath = await makeCouncilOwner(servant.page, first);
  await makeCouncilOwner(servant.page, second);

  await page.goto("/g/lindeveen/meldingen");
  await expect(inboxLink(page)).toHaveAccessibleName("Meldingen (2 ongelezen)");
  await page.getByRole("button", { name: new RegExp(`^Openen: .*„${first}”`) }).click();
  await expect(page).toHaveURL(new RegExp(`${firstPath}$`));
  await expect(inboxLink(page)).toHaveAccessibleName("Meldingen (1 ongelezen)");

  await page.goto("/g/lindeveen/meldingen");
  await page.getByRole("button", { name: "Alles als gelezen markeren" }).click();
  await expect(page.getByRole("status")).toContainText("Alle meldingen zijn als gelezen gemarkeerd.");
  await expect(inboxLink(page)).toHaveAccessibleName("Meldingen");
  await expect(page.getByRole("button", { name: "Alles als gelezen markeren" })).toHaveCount(0);
});

test("the preferences: a radio group with explanations, saved for the person", async ({ browser }) => {
  const council = await personFor(browser, "raad@koers.test");
  const page = council.page;
  await page.goto("/g/lindeveen/meldingen");
  await page.getByRole("link", { name: "Meldingsvoorkeuren" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Meldingsvoorkeuren" })).toBeVisible();
  const group = page.getByRole("group", { name: "Mail over meldingen" });
  await expect(group.getByRole("radio")).toHaveCount(3);
  await expect(group.getByRole("radio", { name: "Direct per mail" })).toBeChecked();
  await expect(group.getByRole("radio", { name: "Eén dagelijks overzicht" })).toHaveAccessibleDescription(/hooguit één mail per dag/);
  await expectAccessible(page);

  await group.getByRole("radio", { name: "Eén dagelijks overzicht" }).check();
  await page.getByRole("button", { name: "Voorkeuren opslaan" }).click();
  await expect(page.getByRole("status")).toHaveText("Uw voorkeuren zijn opgeslagen.");
  await page.reload();
  await expect(group.getByRole("radio", { name: "Eén dagelijks overzicht" })).toBeChecked();

  await group.getByRole("radio", { name: "Geen mail — de meldingen blijven in Koers" }).check();
  await page.getByRole("button", { name: "Voorkeuren opslaan" }).click();
  await expect(page.getByRole("status")).toHaveText("Uw voorkeuren zijn opgeslagen.");
  await expectAccessible(page);

  // Back as it was, for the other tests.
  await group.getByRole("radio", { name: "Direct per mail" }).check();
  await page.getByRole("button", { name: "Voorkeuren opslaan" }).click();
  await expect(page.getByRole("status")).toHaveText("Uw voorkeuren zijn opgeslagen.");
  await page.reload();
  await expect(group.getByRole("radio", { name: "Direct per mail" })).toBeChecked();
  expect(council.errors).toEqual([]);
});
