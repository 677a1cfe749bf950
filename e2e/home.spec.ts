import { expect, test } from "@playwright/test";

import { expectNoAxeViolations } from "./axe";
import { DESKTOP_ONLY } from "./projects";

test("home page shows the clinic, its services with prices, and a way to book", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Stride Sports Physio" })).toBeVisible();

  const services = page.getByRole("region", { name: "Services and prices" });
  await expect(services.getByRole("heading", { name: "Initial assessment" })).toBeVisible();
  await expect(services.getByText("1 hour · £65")).toBeVisible();
  await expect(services.getByText("30 minutes · £45")).toBeVisible();
  await expect(services.getByRole("heading", { name: "Running gait analysis" })).toBeVisible();

  await expect(page.getByRole("link", { name: "Browse the condition library" })).toHaveAttribute("href", "/conditions");
  await expect(page.getByText("Need help? Call the clinic on 0117 496 0123")).toBeVisible();

  await page.getByRole("main").getByRole("link", { name: "Book an appointment" }).click();
  await expect(page).toHaveURL(/\/book$/);
  await expect(page.getByRole("heading", { level: 1, name: "Book an appointment" })).toBeVisible();
});

test("a service's book link carries the chosen service to booking", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Book sports massage" }).click();
  await expect(page).toHaveURL(/\/book\?type=sports-massage$/);
  await expect(page.getByTestId("chosen-service")).toContainText("Sports massage");
});

test("home page has no accessibility violations", async ({ page }) => {
  await page.goto("/");
  await expectNoAxeViolations(page);
});

test("the first Tab reaches a skip link that jumps to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

test("the site has a favicon and app icons, so no first visit logs a 404", DESKTOP_ONLY, async ({ page, request }) => {
  const missing: string[] = [];
  page.on("response", (response) => {
    if (response.status() === 404) missing.push(response.url());
  });
  await page.goto("/");
  await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute("href", /icon|favicon/);
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute("href", /apple-icon/);
  for (const path of ["/favicon.ico", "/icon.svg"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(/^image\//);
  }
  expect(missing).toEqual([]);
});
