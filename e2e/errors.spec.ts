import { expect, test } from "@playwright/test";

import { expectNoAxeViolations } from "./axe";
import { DESKTOP_ONLY } from "./projects";

test("an unknown address gets a real 404 page with a way back", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We can’t find that page" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to the home page" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("/api/health reports ok while the database answers", DESKTOP_ONLY, async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
  expect(response.headers()["cache-control"]).toContain("no-store");
});
