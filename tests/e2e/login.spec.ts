import { expect, test } from "@playwright/test";
import { expectAccessible, login } from "./support.js";

test("the login page is Dutch, accessible and refuses a wrong password with a clear message", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expectAccessible(page);

  await page.getByLabel("E-mailadres").fill("raad@koers.test");
  await page.getByLabel("Wachtwoord", { exact: true }).fill("niet-het-wachtwoord");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("alert")).toHaveText("Het e-mailadres of het wachtwoord klopt niet.");
  await expect(page.getByLabel("E-mailadres")).toHaveValue("raad@koers.test");
  await expectAccessible(page);
});

test("an invalid e-mail address gets its error next to the field", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill("geen-adres");
  await page.getByRole("button", { name: "Inloggen" }).click();
  const field = page.getByLabel("E-mailadres");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#email-error")).toHaveText(/geldig e-mailadres/);
  await expectAccessible(page);
});

const roles = [
  { email: "beheer@koers.test", role: "Beheerder", members: true, manage: true },
  { email: "raad@koers.test", role: "Raadslid of wethouder", members: true, manage: false },
  { email: "ambtenaar@koers.test", role: "Ambtenaar", members: true, manage: false },
  { email: "partner@koers.test", role: "Partner", members: false, manage: false },
  { email: "meelezer@koers.test", role: "Meelezer", members: false, manage: false },
];

for (const account of roles) {
  test(`${account.email} logs in and sees what a ${account.role} may do`, async ({ page }) => {
    await login(page, account.email);
    await expect(page).toHaveURL(/\/g\/lindeveen$/);
    await expect(page.getByRole("heading", { level: 1, name: "Gemeente Lindeveen" })).toBeVisible();
    await expect(page.getByText(`U werkt hier als ${account.role}.`)).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Hoofdnavigatie" });
    await expect(nav.getByRole("link", { name: "Leden" })).toHaveCount(account.members ? 1 : 0);
    await expectAccessible(page);

    if (account.members) {
      await nav.getByRole("link", { name: "Leden" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Leden" })).toBeVisible();
      await expect(page.getByRole("heading", { name: "Iemand uitnodigen" })).toHaveCount(account.manage ? 1 : 0);
      await expectAccessible(page);
    }

    await page.locator("summary", { hasText: "Gebruikersmenu" }).click();
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/g/lindeveen");
    await expect(page).toHaveURL(/\/login\?redirectTo=%2Fg%2Flindeveen/);
  });
}

test("after login the user returns to the page they asked for", async ({ page }) => {
  await page.goto("/g/lindeveen/leden");
  await expect(page).toHaveURL(/redirectTo/);
  await page.getByLabel("E-mailadres").fill("ambtenaar@koers.test");
  await page.getByLabel("Wachtwoord", { exact: true }).fill("koers-demo");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/g\/lindeveen\/leden$/);
});

test("the interface switches to English and back", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Nederlands" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
});
