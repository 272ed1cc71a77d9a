import { expect, test } from "@playwright/test";
import { expectAccessible, linkFromLastMail, login } from "./support.js";

test("admin invites a partner → the partner accepts → sees the partner's view", async ({ page, browser }) => {
  await login(page, "beheer@koers.test");
  await page.goto("/g/lindeveen/leden");
  await expectAccessible(page);

  // Invalid input first: errors next to the fields, nothing sent.
  await page.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(page.locator("#invite-name-error")).toHaveText("Vul een naam in.");
  await expect(page.locator("#invite-email-error")).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Naam").fill("Hanna Huisarts");
  await page.getByLabel("E-mailadres").fill("hanna@huisarts.test");
  await page.getByLabel("Rol", { exact: true }).selectOption({ label: "Partner" });
  await page.getByLabel("Organisatie", { exact: true }).selectOption({ label: "Huisartsenpraktijk Het Plein" });
  await page.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(page.getByRole("status")).toHaveText("De uitnodiging is verstuurd.");
  await expect(page.getByText("Hanna Huisarts (hanna@huisarts.test)")).toBeVisible();

  const link = await linkFromLastMail("hanna@huisarts.test", "/uitnodiging");
  const invitee = await browser.newContext();
  const invited = await invitee.newPage();
  await invited.goto(link);
  await expect(invited.getByText(/uitgenodigd voor Gemeente Lindeveen als Partner/)).toBeVisible();
  await expect(invited.getByText("U spreekt daar namens Huisartsenpraktijk Het Plein.")).toBeVisible();
  await expectAccessible(invited);

  await invited.getByLabel("Nieuw wachtwoord").fill("kort");
  await invited.getByLabel("Herhaal het wachtwoord").fill("kort");
  await invited.getByRole("button", { name: "Uitnodiging aannemen" }).click();
  await expect(invited.locator("#password-error")).toHaveText(/minstens 10 tekens/);

  await invited.getByLabel("Nieuw wachtwoord").fill("spreekuur op maandag");
  await invited.getByLabel("Herhaal het wachtwoord").fill("spreekuur op maandag");
  await invited.getByRole("button", { name: "Uitnodiging aannemen" }).click();
  await expect(invited).toHaveURL(/\/g\/lindeveen$/);
  await expect(invited.getByText("U werkt hier als Partner.")).toBeVisible();
  await expect(invited.getByText("U spreekt namens Huisartsenpraktijk Het Plein.")).toBeVisible();
  await expect(invited.getByText("Namens uw organisatie een bijdrage toezeggen")).toBeVisible();
  await expect(invited.getByRole("link", { name: "Leden" })).toHaveCount(0);

  // The same link cannot be used twice.
  await invited.goto(link);
  await expect(invited.getByRole("alert")).toContainText("verlopen, ingetrokken of al gebruikt");
  await invitee.close();

  // The admin now sees her as a member and changes her role; it applies at once.
  await page.reload();
  const row = page.getByRole("row", { name: /Hanna Huisarts/ });
  await row.getByLabel("Nieuwe rol voor Hanna Huisarts").selectOption({ label: "Meelezer" });
  await row.getByRole("button", { name: /Rol wijzigen/ }).click();
  await expect(page.getByRole("status")).toHaveText("De rol is gewijzigd. Dit geldt direct.");
  await expect(page.getByRole("row", { name: /Hanna Huisarts/ })).toContainText("Meelezer");
});

test("a forgotten password is reset through the mailed link", async ({ page }) => {
  await page.goto("/wachtwoord-vergeten");
  await expectAccessible(page);
  await page.getByLabel("E-mailadres").fill("beheer@oosterwold.test");
  await page.getByRole("button", { name: "Stuur de link" }).click();
  await expect(page.getByRole("status")).toContainText("Als er een account bij dit e-mailadres hoort");

  const link = await linkFromLastMail("beheer@oosterwold.test", "/wachtwoord-herstellen");
  await page.goto(link);
  await expectAccessible(page);
  await page.getByLabel("Nieuw wachtwoord").fill("een heel nieuw wachtwoord");
  await page.getByLabel("Herhaal het wachtwoord").fill("een ander wachtwoord");
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page.locator("#confirm-error")).toHaveText("De twee wachtwoorden zijn niet gelijk.");
  await page.getByLabel("Nieuw wachtwoord").fill("een heel nieuw wachtwoord");
  await page.getByLabel("Herhaal het wachtwoord").fill("een heel nieuw wachtwoord");
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page).toHaveURL(/\/login\?melding=wachtwoord-gewijzigd/);
  await expect(page.getByRole("status")).toContainText("Uw wachtwoord is gewijzigd");
  await login(page, "beheer@oosterwold.test", "een heel nieuw wachtwoord");
  await expect(page).toHaveURL(/\/g\/oosterwold$/);
});
