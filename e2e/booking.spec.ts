import { expect, test, type Page } from "@playwright/test";

import { addDays, todayIn, weekStart } from "../lib/calendar/dates";
import { expectNoAxeViolations } from "./axe";
import { insertBooking, withDb } from "./db";
import { DESKTOP_ONLY, PHONE_ONLY } from "./projects";

// Each project books in its own weeks, so desktop and phone never race for a time.
const weekOffset = (projectName: string, n: number) => (projectName === "phone" ? 4 : 1) + n;

/** The Monday `weeks` weeks after this one, on the clinic's (London) calendar. */
const mondayIn = (weeks: number) => weekStart(addDays(todayIn("Europe/London"), 7 * weeks));

/** The safety question before booking: "No, none of these" leads on to the details form. */
async function answerSafety(page: Page) {
  await page.getByLabel("No, none of these").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Full name").waitFor();
}

async function fillDetails(page: Page, who: string) {
  await page.getByLabel("Full name").fill(`${who} Runner`);
  await page.getByLabel("E-mail address").fill(`${who.toLowerCase()}@example.com`);
  await page.getByLabel("Phone number").fill("07700 900123");
}

test("from a condition page to a confirmed booking, then reschedule and cancel through the manage link", async ({
  page,
}, info) => {
  test.setTimeout(120_000); // many pages, each checked by axe
  await page.goto("/conditions/runners-knee");
  await page
    .getByRole("link", { name: /Book an assessment/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/book\?type=initial-assessment&region=knee&area=front/);
  await expect(page.getByRole("heading", { name: "Who would you like to see?" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: /First available therapist/ }).click();
  await expect(page.getByRole("heading", { name: "Choose a day and time" })).toBeVisible();
  await expect(page.getByTestId("zone-note")).toContainText("UK time");
  await page.goto(`${page.url()}&week=${mondayIn(weekOffset(info.project.name, 1))}`);
  await expectNoAxeViolations(page);
  const firstTime = page.locator("[data-testid^=day-] a").first();
  const label = await firstTime.getAttribute("aria-label");
  await firstTime.click();
  await expect(page.getByTestId("chosen-time")).toContainText(label!.split(" at ")[1]!);
  await expectNoAxeViolations(page);
  await answerSafety(page);

  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByText("Enter your full name")).toBeVisible();
  await expect(page.getByLabel("Full name")).toBeFocused();
  await expectNoAxeViolations(page);
  await fillDetails(page, `Flow${info.project.name}`);
  await page.getByRole("button", { name: "Confirm booking" }).click();

  await expect(page.getByRole("status")).toContainText("You’re booked");
  await expect(page).toHaveURL(/\/appointments\/[\w-]{43}\?booked=1$/);
  await expect(page.getByTestId("appointment-when")).toContainText("(UK time)");
  await expectNoAxeViolations(page);
  const stored = await withDb(
    async (c) =>
      (
        await c.query(
          "SELECT b.region, b.area FROM bookings b JOIN patients p ON p.id = b.patient_id WHERE p.email = $1",
          [`flow${info.project.name}@example.com`],
        )
      ).rows,
  );
  expect(stored).toEqual([{ region: "knee", area: "front" }]);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Add to calendar" }).click();
  const ics = await (await download).createReadStream().then(async (stream) => {
    let text = "";
    for await (const chunk of stream) text += chunk;
    return text;
  });
  expect(ics).toMatch(/BEGIN:VCALENDAR[\s\S]*BEGIN:VEVENT[\s\S]*DTSTART:\d{8}T\d{6}Z[\s\S]*END:VCALENDAR/);
  expect(ics).toContain("LOCATION:Stride Sports Physio\\, 12 Riverside Walk");

  await page.getByRole("link", { name: "Change time" }).click();
  await expect(page.getByRole("heading", { name: /Choose a new time with/ })).toBeVisible();
  await page.goto(`${page.url()}&week=${mondayIn(weekOffset(info.project.name, 2))}`);
  await page.locator("[data-testid^=day-] a").nth(1).click();
  await page.getByRole("button", { name: "Yes, move it" }).click();
  await expect(page.getByRole("status")).toContainText("Your appointment has moved");

  await page.getByRole("link", { name: "Cancel appointment" }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Yes, cancel it" }).click();
  await expect(page.getByRole("status")).toContainText("Your appointment is cancelled");
  await expect(page.getByTestId("appointment-status")).toHaveText("Cancelled");
});

test(
  "a time taken while the patient types says so, offers the nearest free times and keeps the details",
  PHONE_ONLY,
  async ({ page, request }, info) => {
    test.setTimeout(60_000);
    const week = mondayIn(weekOffset(info.project.name, 0));
    await page.goto(`/book?type=follow-up&therapist=any&week=${week}`);
    const slot = page.locator("[data-testid^=day-] a").first();
    await slot.click();
    await page.waitForURL(/start=/);
    const start = new URL(page.url()).searchParams.get("start")!;
    await answerSafety(page);
    await fillDetails(page, `Taken${info.project.name}`);
    // Everyone who works then is booked by someone else first.
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await request.post("/api/bookings", {
        data: {
          type: "follow-up",
          therapistId: "any",
          start,
          patient: {
            name: `Other ${[...String(i)].map((d) => "abcdefghij"[Number(d)]).join("")}`,
            email: `other${i}@example.com`,
            phone: "07700 900000",
          },
        },
      });
      statuses.push(response.status());
    }
    expect(statuses).toContain(201);
    expect(statuses.at(-1)).toBe(409);
    await page.getByRole("button", { name: "Confirm booking" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "Sorry, that time has just been taken" });
    await expect(alert).toBeVisible();
    await expectNoAxeViolations(page);
    const alternative = alert.getByRole("link").first();
    const href = (await alternative.getAttribute("href"))!;
    await alternative.click();
    await page.waitForURL((url) => url.pathname + url.search === href);
    await expect(page.getByLabel("Full name")).toHaveValue(`Taken${info.project.name} Runner`);
    await page.getByRole("button", { name: "Confirm booking" }).click();
    await expect(page.getByRole("status")).toContainText("You’re booked");
  },
);

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("choosing a service, therapist, week and time works: every step is a link", async ({ page }) => {
    await page.goto("/book");
    await page.getByRole("link", { name: /Sports massage/ }).click();
    await page.getByRole("link", { name: /Tom Reilly/ }).click();
    await page.getByRole("link", { name: "Later week →" }).click();
    await page.locator("[data-testid^=day-] a").first().click();
    await expect(page.getByTestId("chosen-time")).toContainText("Sports massage with Tom Reilly");
  });
});

test("inside the cut-off the manage page gives the clinic's phone number instead of cancelling", async ({
  page,
}, info) => {
  const { token } = await insertBooking({
    therapist: "priya-shah",
    type: "follow-up",
    startsAt: new Date(Date.now() + (info.project.name === "phone" ? 14 : 13) * 3_600_000),
    patientEmail: `late.${info.project.name}@example.com`,
  });
  await page.goto(`/appointments/${token}`);
  await expect(page.getByTestId("too-late")).toContainText("Please call us on 0117 496 0123");
  await expect(page.getByRole("link", { name: "Cancel appointment" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("a wrong manage link shows the same plain 'not valid' page as a malformed one", DESKTOP_ONLY, async ({ page }) => {
  for (const token of ["A".repeat(43), "nonsense"]) {
    const response = await page.goto(`/appointments/${token}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "This link is not valid" })).toBeVisible();
  }
  await expectNoAxeViolations(page);
});

test("a yes on the safety question shows the emergency care card and books nothing", async ({ page }, info) => {
  const week = mondayIn(weekOffset(info.project.name, 2));
  await page.goto(`/book?type=sports-massage&therapist=any&week=${week}`);
  await page.locator("[data-testid^=day-] a").first().click();
  await expect(page.getByTestId("safety-list")).toContainText("A fever with a hot, swollen joint");
  const start = new URL(page.url()).searchParams.get("start")!;
  const bookedThen = () =>
    withDb(
      async (c) => (await c.query("SELECT count(*)::int AS n FROM bookings WHERE starts_at = $1", [start])).rows[0].n,
    );
  const before = await bookedThen();
  await page.getByLabel("Yes, one or more of these").check();
  await page.getByRole("button", { name: "Continue" }).click();
  const card = page.getByTestId("care-card-emergency");
  await expect(card).toContainText("Call 999 or go to A&E now");
  await expect(card.getByRole("link", { name: "Call 999" })).toHaveAttribute("href", "tel:999");
  await expect(page.getByRole("button", { name: "Confirm booking" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect(await bookedThen()).toBe(before);
  await page.getByRole("link", { name: /already been checked by a doctor/ }).click();
  await expect(page.getByLabel("Full name")).toBeVisible();
});
