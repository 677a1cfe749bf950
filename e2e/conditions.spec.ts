import { readdirSync } from "node:fs";
import path from "node:path";

import { expect, test, type Page } from "@playwright/test";

import { expectNoAxeViolations } from "./axe";
import { DESKTOP_ONLY } from "./projects";

const slugs = readdirSync(path.resolve("content/conditions"))
  .filter((file) => file.endsWith(".md"))
  .map((file) => file.replace(/\.md$/, ""));

/** Heading levels never skip (an h2 before any h3, and so on) and there is exactly one h1. */
async function expectHeadingsInOrder(page: Page) {
  const levels = await page
    .locator("main :is(h1,h2,h3,h4,h5,h6)")
    .evaluateAll((els) => els.map((el) => Number(el.tagName[1])));
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  levels.forEach((level, i) => {
    if (i > 0)
      expect(level, `heading ${i + 1} jumps from h${levels[i - 1]} to h${level}`).toBeLessThanOrEqual(
        levels[i - 1]! + 1,
      );
  });
}

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test.describe("condition pages", () => {
  for (const slug of slugs) {
    test(`${slug}: title, urgent-help box, no axe violations, headings in order`, async ({ page }) => {
      const response = await page.goto(`/conditions/${slug}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const urgent = page.getByTestId("urgent-help");
      await expect(urgent.getByRole("heading", { name: "Get urgent help if…" })).toBeVisible();
      await expect(urgent.getByRole("listitem").first()).toBeVisible();
      await expectHeadingsInOrder(page);
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
    });
  }

  test("runner's knee: the call to action opens booking with the type, region and area preset", async ({ page }) => {
    await page.goto("/conditions/runners-knee");
    await page.getByRole("link", { name: "Book an assessment" }).first().click();
    await expect(page).toHaveURL(/\/book\?type=initial-assessment&region=knee&area=front$/);
    await expect(page.getByTestId("chosen-service")).toContainText("Initial assessment");
  });

  test("JSON-LD parses as a MedicalWebPage about a MedicalCondition", DESKTOP_ONLY, async ({ page }) => {
    await page.goto("/conditions/plantar-fasciitis");
    const raw = await page.locator('script[type="application/ld+json"]').textContent();
    const data = JSON.parse(raw ?? "");
    expect(data["@type"]).toBe("MedicalWebPage");
    expect(data.about["@type"]).toBe("MedicalCondition");
    expect(data.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data.audience.audienceType).toBe("Patient");
  });

  test("each page has its own description, canonical URL and Open Graph tags", DESKTOP_ONLY, async ({ page }) => {
    await page.goto("/conditions/hip-pain-running");
    await expect(page).toHaveTitle(/^Hip pain when running \| /);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /hip impingement \(FAI\)/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/conditions\/hip-pain-running$/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Hip pain when running");
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  });
});

test.describe("the condition library index", () => {
  test("groups conditions by body region and has no axe violations", async ({ page }) => {
    await page.goto("/conditions");
    for (const region of ["Knee", "Hip and groin", "Foot and heel"]) {
      await expect(page.getByRole("heading", { level: 2, name: region, exact: true })).toBeVisible();
    }
    // One order, head to toe, in the body picture and in the list.
    const pictureOrder = await page.locator("svg a text").allTextContents();
    const listOrder = await page.locator("section[id^='region-'] > h2").allTextContents();
    expect(pictureOrder).toEqual(["Hip and groin", "Knee", "Foot and heel"]);
    expect(listOrder).toEqual(pictureOrder);
    await expectHeadingsInOrder(page);
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);
  });

  test("the body picture's knee link, used from the keyboard, reaches the knee conditions", async ({ page }) => {
    await page.goto("/conditions");
    const knee = page.getByRole("navigation", { name: "Where does it hurt?" }).getByRole("link", { name: "Knee" });
    await knee.focus();
    await expect(knee).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/conditions#region-knee$/);
    const section = page.locator("#region-knee");
    await expect(section.getByRole("link", { name: "Runner's knee (patellofemoral pain)" })).toBeVisible();
    await expect(section.getByRole("link", { name: "Plantar fasciitis (heel pain)" })).toHaveCount(0);
  });

  test("the filter box narrows the list as you type and says how many match", async ({ page }) => {
    await page.goto("/conditions");
    await page.getByLabel("Filter conditions").fill("heel");
    await expect(page.getByRole("status")).toHaveText(`1 of ${slugs.length} conditions matches`);
    await expect(page.getByRole("link", { name: "Plantar fasciitis (heel pain)" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Knee pain", exact: true })).toHaveCount(0);
    await page.getByLabel("Filter conditions").fill("zzz");
    await expect(page.getByText(/No condition pages match/)).toBeVisible();
  });

  test("the home page's common problems link into the library", async ({ page }) => {
    await page.goto("/");
    const section = page.getByRole("region", { name: "Common problems we treat" });
    await section.getByRole("link", { name: "Plantar fasciitis (heel pain)" }).click();
    await expect(page).toHaveURL(/\/conditions\/plantar-fasciitis$/);
  });
});

test.describe("search engine files", () => {
  test("sitemap.xml lists every condition page", DESKTOP_ONLY, async ({ request }) => {
    const xml = await (await request.get("/sitemap.xml")).text();
    for (const slug of slugs) expect(xml).toContain(`/conditions/${slug}</loc>`);
  });

  test("robots.txt points at the sitemap and keeps staff pages out", DESKTOP_ONLY, async ({ request }) => {
    const text = await (await request.get("/robots.txt")).text();
    expect(text).toMatch(/Disallow: \/staff/);
    expect(text).toMatch(/Sitemap: .*\/sitemap\.xml/);
  });
});
