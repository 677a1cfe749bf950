import { expect, test } from "@playwright/test";

import { addDays, instantAt, todayIn, weekStart } from "../lib/calendar/dates";
import { expectNoAxeViolations } from "./axe";
import { insertBooking, withDb } from "./db";
import { waitForMail } from "./mail";
import { PHONE_ONLY } from "./projects";

// Issue 18: join the waitlist from /book, a booked time comes free, the offer e-mail's
// link holds it, one press books it. Priya's late Saturday morning in week 6: other specs book
// first free times, so never this one.
const ZONE = "Europe/London";
const day = addDays(weekStart(addDays(todayIn(ZONE), 42)), 5);
const shots = process.env.SCREENSHOT_DIR;

test(
  "a patient joins the waitlist from /book, is offered a freed time by e-mail and books it",
  PHONE_ONLY,
  async ({ page, request, browser }) => {
    test.setTimeout(90_000);
    const email = `wanda.waitlist.${Date.now()}@example.com`;
    const priya = await withDb(
      async (c) => (await c.query("SELECT id FROM therapists WHERE slug = 'priya-shah'")).rows[0].id,
    );
    const taken = await insertBooking({
      therapist: "priya-shah",
      type: "follow-up",
      startsAt: instantAt(day, 11 * 60 + 30, ZONE),
      patientEmail: `saturday.${Date.now()}@example.com`,
    });

    await page.goto(`/book?type=follow-up&therapist=${priya}&week=${weekStart(day)}`);
    await page.getByRole("link", { name: "Tell me if a time comes free" }).click();
    await expect(page.getByRole("heading", { name: "Join the waitlist", level: 1 })).toBeVisible();
    await expect(page.getByLabel("Therapist")).toHaveValue(priya);
    // Before its scripts run, the form already shows the therapist and days it will send.
    await page.locator("form[data-hydrated=true]").waitFor();
    const labels = ["Therapist", "First day you could come", "Last day you could come"];
    const chosen = await Promise.all(labels.map((label) => page.getByLabel(label).inputValue()));
    const noScripts = await browser.newContext({ javaScriptEnabled: false });
    try {
      const bare = await noScripts.newPage();
      await bare.goto(page.url());
      expect(await Promise.all(labels.map((label) => bare.getByLabel(label).inputValue()))).toEqual(chosen);
    } finally {
      await noScripts.close();
    }
    await page.getByLabel("First day you could come").selectOption(day);
    await page.getByLabel("Last day you could come").selectOption(day);
    await page.getByLabel("Full name").fill("Wanda Waitlist");
    await page.getByLabel("E-mail address").fill(email);
    await page.getByLabel("Phone number").fill("07700 900321");
    await expectNoAxeViolations(page);
    if (shots) await page.screenshot({ path: `${shots}/waitlist-join-375.png`, fullPage: true });
    await page.getByRole("button", { name: "Put me on the waitlist" }).click();
    await expect(page.getByRole("heading", { name: "You're on the waitlist" })).toBeFocused();
    const joined = await waitForMail(email, "waitlist-joined");
    expect(joined.text).toContain("/waitlist/leave/");

    // The booked patient cancels through the API: the time comes free, and the offer goes out within seconds.
    const cancelled = await request.post(`/api/bookings/${taken.token}/cancel`);
    expect(cancelled.status()).toBe(200);
    const offer = await waitForMail(email, "waitlist-offer");
    expect(offer.subject).toMatch(/^A time has come free: Saturday \d+ \w+ \d{4} at 11:30$/);
    const link = offer.text!.match(/https?:\/\/\S+\/waitlist\/offers\/[\w-]{43}/)![0];

    await page.goto(new URL(link).pathname);
    await expect(page.getByRole("heading", { name: "A time has come free for you", level: 1 })).toBeVisible();
    await expect(page.getByTestId("offered-time")).toContainText("Follow-up (30 minutes) with Priya Shah on Saturday");
    await expectNoAxeViolations(page);
    if (shots) await page.screenshot({ path: `${shots}/waitlist-offer-375.png`, fullPage: true });
    await page.getByRole("button", { name: "Book this time" }).click();
    await expect(page.getByText("You’re booked")).toBeVisible();
    await expect(page).toHaveURL(/\/appointments\/[\w-]{43}\?booked=1$/);
    await waitForMail(email, "booking-confirmation");

    // The link now says the time is booked, and the API agrees: the offer is used.
    await page.goto(new URL(link).pathname);
    await expect(page.getByRole("heading", { name: "You have booked this time" })).toBeVisible();
    expect((await request.post(`/api/waitlist/offers/${new URL(link).pathname.split("/").pop()}`)).status()).toBe(410);
  },
);
