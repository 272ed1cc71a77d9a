import { expect, type Page } from "@playwright/test";

/** The programme's text page, reached through the main navigation, with its chapters loaded; returns its path. */
export async function openText(page: Page): Promise<string> {
  await page.goto("/g/lindeveen");
  const href = await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Tekst", exact: true }).getAttribute("href");
  await page.goto(href ?? "");
  await expect(page.getByRole("heading", { level: 1, name: "Programmatekst" })).toBeVisible();
  await expect(page.locator(".ProseMirror .koers-chapter")).not.toHaveCount(0);
  return new URL(page.url()).pathname;
}

/** The editor of the programme text. */
export const editorOf = (page: Page) => page.getByRole("textbox", { name: "Programmatekst" });
