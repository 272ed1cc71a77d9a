import { expect, test } from "@playwright/test";
import { expectAccessible, login } from "./support.js";

test("another municipality's pages do not exist for a non-member (404, in Dutch)", async ({ page }) => {
  await login(page, "partner@koers.test");
  const response = await page.goto("/g/oosterwold");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
  await expectAccessible(page);
  expect((await page.goto("/g/oosterwold/leden"))?.status()).toBe(404);
});

test("a member without the capability gets 403, in Dutch", async ({ page }) => {
  await login(page, "meelezer@koers.test");
  const response = await page.goto("/g/lindeveen/leden");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
  await expectAccessible(page);
});

test("an unknown address gives the Dutch 404 page", async ({ page }) => {
  const response = await page.goto("/bestaat/niet");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
  await expectAccessible(page);
});

test("a member of two municipalities switches between them", async ({ page }) => {
  await login(page, "beheer@koers.test");
  await page.getByText("Andere gemeente").click();
  await page.getByRole("link", { name: "Gemeente Oosterwold" }).click();
  await expect(page).toHaveURL(/\/g\/oosterwold$/);
  await expect(page.getByText("U werkt hier als Meelezer.")).toBeVisible();
  await expectAccessible(page);
});

test("stale links and the logout page explain themselves, accessibly", async ({ page }) => {
  await page.goto("/wachtwoord-herstellen/dit-is-geen-geldige-link-meer-0000000");
  await expect(page.getByRole("alert")).toContainText("verlopen of al gebruikt");
  await expectAccessible(page);
  await page.goto("/uitnodiging/dit-is-geen-geldige-uitnodiging-000000");
  await expect(page.getByRole("alert")).toContainText("verlopen, ingetrokken of al gebruikt");
  await expectAccessible(page);

  await login(page, "raad@koers.test");
  await page.goto("/logout");
  await expect(page.getByRole("heading", { level: 1, name: "Uitloggen" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("main").getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/login\?melding=uitgelogd$/);
  await expect(page.getByRole("status")).toContainText("U bent uitgelogd.");
});
