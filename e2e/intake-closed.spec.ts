import { expect, test } from "@playwright/test";

import { hashToken, newToken } from "../lib/booking/tokens";
import { insertTestBooking } from "../test/booking-factory";
import { expectNoAxeViolations } from "./axe";
import { withDb } from "./db";
import { DESKTOP_ONLY } from "./projects";

const DAY = 86_400_000;

/** A booking written to the database with an intake link, then changed by `arrange` (its id as $1). */
async function closedLink(email: string, startsAt: Date, arrange: string): Promise<string> {
  const token = newToken();
  await withDb(async (c) => {
    const { id } = await insertTestBooking(c, {
      therapist: "priya-shah",
      patient: { name: "Closed Link", email, phone: "07700 900333" },
      startsAt,
      intakeTokenHash: hashToken(token),
    });
    await c.query(arrange, [id]);
  });
  return `/intake/${token}`;
}

// Night hours, far ahead: no other test books these.
const night = (days: number, hour: number) => {
  const at = new Date(Date.now() + days * DAY);
  at.setUTCHours(hour, 0, 0, 0);
  return at;
};

test(
  "after a missed appointment the questionnaire is closed: a clear message, no form",
  DESKTOP_ONLY,
  async ({ page }, info) => {
    const phone = info.project.name === "phone";
    const path = await closedLink(
      `closed.missed.${info.project.name}@example.com`,
      night(phone ? 20 : 21, 1),
      "UPDATE bookings SET status = 'no_show' WHERE id = $1",
    );
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: "This questionnaire has closed" })).toBeVisible();
    await expect(page.getByText(/which has now passed/)).toBeVisible();
    await expect(page.locator("main").locator("form, input, textarea, select, button")).toHaveCount(0);
    await expectNoAxeViolations(page);
  },
);

test("a link 90 days after booking is closed, even before the appointment", DESKTOP_ONLY, async ({ page }, info) => {
  const phone = info.project.name === "phone";
  const path = await closedLink(
    `closed.expired.${info.project.name}@example.com`,
    night(phone ? 22 : 23, 2),
    "UPDATE bookings SET created_at = now() - interval '91 days' WHERE id = $1",
  );
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: "This questionnaire has closed" })).toBeVisible();
  await expect(page.getByText(/work for 90 days after booking/)).toBeVisible();
  await expect(page.locator("main").locator("form, input, textarea, select, button")).toHaveCount(0);
  await expectNoAxeViolations(page);
});
