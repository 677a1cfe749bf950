import { chromium } from "@playwright/test";
import config from "./playwright.config";
const base = "http://localhost:3000";
const browser = await chromium.launch(config.use?.launchOptions);
for (const width of [375, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  const shot = async (name: string) => { await page.screenshot({ path: `/tmp/shots/${name}-${width}.png`, fullPage: true }); };
  await page.goto(`${base}/conditions/runners-knee`);
  await page.getByRole("link", { name: /Book an assessment/ }).first().click();
  await page.waitForURL(/\/book\?/);
  await shot("1-therapist");
  await page.getByRole("link", { name: /First available therapist/ }).click();
  await page.waitForURL(/therapist=any/);
  await shot("2-time");
  await page.locator("[data-testid^=day-] a").first().click();
  await page.waitForURL(/start=/);
  await shot("3-details");
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await page.waitForTimeout(500);
  await shot("3b-errors");
  await page.getByLabel("Full name").fill("Sam Runner");
  await page.getByLabel("E-mail address").fill(`sam${width}@example.com`);
  await page.getByLabel("Phone number").fill("07700 900111");
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await page.waitForURL(/booked=1/);
  await shot("4-confirmed");
  console.log(page.url());
}
await browser.close();
