import { randomUUID } from "node:crypto";

import { expect, test } from "@playwright/test";

import { localDateOf } from "../lib/calendar/dates";
import { insertTestBooking } from "../test/booking-factory";

import { expectNoAxeViolations } from "./axe";
import { withDb } from "./db";
import { signInAs } from "./staff";

const HOUR = 3_600_000;

/** The clinic's (London) calendar date of an instant. */
const londonDate = (instant: Date) => localDateOf(instant, "Europe/London");

/**
 * A booking of Tom's written straight to the database, with its own patient, so
 * that this spec never changes the demo rows other specs read. A draft
 * questionnaire stopped at `draftStep` when given.
 */
async function insertTomsBooking(startsAt: Date, patientName: string, draftStep?: string): Promise<string> {
  return withDb(async (c) => {
    const { id } = await insertTestBooking(c, {
      therapist: "tom-reilly",
      type: "follow-up",
      patient: { name: patientName, email: `${randomUUID()}@example.com`, phone: "07700 900888" },
      startsAt,
    });
    if (draftStep)
      await c.query("INSERT INTO intakes (booking_id, questionnaire_version, draft_step) VALUES ($1, 1, $2)", [
        id,
        draftStep,
      ]);
    return id;
  });
}

test("a therapist sees their week with questionnaire states and marks a past booking attended", async ({
  page,
}, testInfo) => {
  // Desktop and phone run at once against one database: each gets its own hours, two days back.
  const offset = testInfo.project.name === "phone" ? 4 : 0;
  const start = new Date(Math.floor(Date.now() / HOUR) * HOUR - (50 + offset) * HOUR);
  const [attendee, drafter] =
    testInfo.project.name === "phone" ? ["Amira Hassan", "Callum Reid"] : ["Hannah Wright", "Leo Marsh"];
  const past = await insertTomsBooking(start, attendee);
  const draft = await insertTomsBooking(new Date(start.getTime() + 2 * HOUR), drafter, "C");

  const week = `/staff/schedule?view=week&date=${londonDate(start)}`;
  await signInAs(page, "tom", week);
  await page.goto(week);
  await expect(page.getByRole("heading", { level: 1, name: "Your schedule" })).toBeVisible();
  await expect(page.getByText(/Times are UK time \(Europe\/London\)/)).toBeVisible();

  const pastRow = page.locator(`li[data-booking-id="${past}"]`);
  const draftRow = page.locator(`li[data-booking-id="${draft}"]`);
  await expect(pastRow).toContainText(attendee);
  await expect(pastRow).toContainText("No questionnaire yet");
  await expect(pastRow).toContainText("Booked");
  await expect(pastRow).toContainText(/GMT|BST/);
  await expect(draftRow).toContainText("Draft (step C)");
  await expectNoAxeViolations(page);

  await pastRow.getByRole("button", { name: "Mark attended" }).click();
  await expect(pastRow.getByText("Attended", { exact: true })).toBeVisible();
  await expect(pastRow.getByRole("button", { name: "Change to no-show" })).toBeVisible();
  const stored = await withDb(async (c) => {
    const status = await c.query<{ status: string }>("SELECT status::text FROM bookings WHERE id = $1", [past]);
    const audit = await c.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'booking.attendance' AND subject_id = $1",
      [past],
    );
    return { status: status.rows[0]!.status, audits: audit.rows[0]!.n };
  });
  expect(stored).toEqual({ status: "completed", audits: 1 });
  await expectNoAxeViolations(page);
  // SCREENSHOT_DIR=docs npm run test:e2e -- e2e/staff-schedule.spec.ts refreshes the pictures in docs/.
  if (process.env.SCREENSHOT_DIR) {
    const width = page.viewportSize()?.width ?? 0;
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/staff-schedule-${width}.png`, fullPage: true });
  }

  // The demo seed gives Tom submitted questionnaires in the coming days: each links to its case.
  let cases = 0;
  for (const days of [0, 7]) {
    await page.goto(`/staff/schedule?view=week&date=${londonDate(new Date(Date.now() + days * 24 * HOUR))}`);
    cases += await page.getByRole("link", { name: /Open case/ }).count();
  }
  expect(cases).toBeGreaterThan(0);
  await expect(page.getByText("Submitted", { exact: true }).first()).toBeAttached();
  const link = page.getByRole("link", { name: /Open case/ }).first();
  if ((await link.count()) > 0) await expect(link).toHaveAttribute("href", /^\/staff\/cases\/[0-9a-f-]{36}$/);
});

test("day view and previous/next keep their place in the URL", async ({ page }) => {
  await signInAs(page, "tom", "/staff/schedule?view=day&date=2026-10-25");
  await page.goto("/staff/schedule?view=day&date=2026-10-25");
  await expect(page.getByRole("heading", { level: 2, name: /Sunday 25 October/ })).toBeVisible();
  await page.getByRole("link", { name: "Next day" }).click();
  await expect(page).toHaveURL(/view=day&date=2026-10-26/);
  await page.getByRole("link", { name: "Week", exact: true }).click();
  await expect(page).toHaveURL(/view=week&date=2026-10-26/);
  await expect(page.getByRole("heading", { level: 2 })).toHaveCount(7);
  await page.getByRole("link", { name: "Previous week" }).click();
  await expect(page).toHaveURL(/view=week&date=2026-10-19/);
  await expectNoAxeViolations(page);
});
