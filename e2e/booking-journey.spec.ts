import { randomUUID } from "node:crypto";

import { expect, test, type Page, type TestInfo } from "@playwright/test";
import type pg from "pg";

import { formatWhen } from "../lib/booking/format";
import { addDays, localDateOf, todayIn, weekStart } from "../lib/calendar/dates";
import { expectNoAxeViolations } from "./axe";
import { insertBooking, withDb } from "./db";
import { copyDemoCase } from "../test/copy-demo-case";
import { signInAs } from "./staff";
import { DESKTOP_ONLY, PHONE_ONLY } from "./projects";

// Issue 15: what a patient (and the clinic's staff) meet along the booking
// journey on a phone. Desktop and phone run at once on one database: each
// project books in weeks of its own (weeks 7 and 8, which no other spec books)
// and makes its own rows.

const shots = process.env.SCREENSHOT_DIR;
const ZONE = "Europe/London";
const isPhone = (info: TestInfo) => info.project.name === "phone";
const width = (page: Page) => page.viewportSize()?.width ?? 0;

/** The Monday `weeks` weeks after this one, on the clinic's calendar. */
const mondayIn = (weeks: number) => weekStart(addDays(todayIn(ZONE), 7 * weeks));
const ownWeek = (info: TestInfo) => mondayIn(isPhone(info) ? 8 : 7);

async function therapistIdOf(slug: string): Promise<string> {
  return withDb(async (c) => (await c.query("SELECT id FROM therapists WHERE slug = $1", [slug])).rows[0].id);
}

async function answerSafety(page: Page) {
  await page.getByLabel("No, none of these").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Full name").waitFor();
}

async function fillDetails(page: Page, name: string, email: string) {
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Phone number").fill("07700 900123");
}

/** A submitted questionnaire for an existing booking: the answers and triage of the first routine demo case. */
async function attachSubmittedIntake(c: pg.Client, bookingId: string, submittedAt: Date): Promise<string> {
  const { rows } = await c.query<{ intake_id: string }>(
    `WITH src AS (
       SELECT i.answers, i.questionnaire_version, i.consent_text_version, r.flags, r.suspected, r.scores, r.rules_version
         FROM intakes i JOIN current_triage r ON r.intake_id = i.id
        WHERE i.status = 'submitted' AND r.disposition = 'routine' ORDER BY i.created_at LIMIT 1),
     i AS (
       INSERT INTO intakes (booking_id, status, answers, questionnaire_version, consent_text_version, consented_at, submitted_at)
       SELECT $1, 'submitted', src.answers, src.questionnaire_version, src.consent_text_version, $2, $2 FROM src RETURNING id)
     INSERT INTO triage_results (intake_id, disposition, flags, suspected, scores, questionnaire_version, rules_version)
     SELECT i.id, 'routine', src.flags, src.suspected, src.scores, src.questionnaire_version, src.rules_version FROM i, src
     RETURNING intake_id`,
    [bookingId, submittedAt],
  );
  return rows[0]!.intake_id;
}

/** A booking of Tom's far past the booking horizon (no other spec goes there), with a manage token the test keeps. */
async function farBooking(info: TestInfo, hour: number) {
  const day = new Date();
  day.setUTCHours(0, 0, 0, 0);
  const startsAt = new Date(day.getTime() + ((isPhone(info) ? 91 : 90) * 24 + hour) * 3_600_000);
  return insertBooking({
    therapist: "tom-reilly",
    type: "follow-up",
    startsAt,
    patientEmail: `sam.carter.${info.project.name}.${hour}@example.com`,
  });
}

test(
  "the note typed at booking reaches the staff schedule entry and the case page, as the patient's words",
  PHONE_ONLY,
  async ({ page }, info) => {
    test.setTimeout(120_000);
    const maya = await therapistIdOf("maya-okafor");
    const note = "My left knee gives way on the stairs since Sunday’s match.\nI can still jog slowly.";
    const email = `noor.patel.${info.project.name}@example.com`;
    await page.goto(`/book?type=follow-up&therapist=${maya}&week=${ownWeek(info)}`);
    await page.locator("[data-testid^=day-] a").first().click();
    await answerSafety(page);
    await fillDetails(page, "Noor Patel", email);
    await page.getByLabel("Anything you would like us to know?").fill(note);
    await page.getByRole("button", { name: "Confirm booking" }).click();
    await expect(page.getByRole("status")).toContainText("You’re booked");

    const booking = await withDb(async (c) => {
      const found = await c.query<{ id: string; starts_at: Date }>(
        "SELECT b.id, b.starts_at FROM bookings b JOIN patients p ON p.id = b.patient_id WHERE p.email = $1",
        [email],
      );
      const row = found.rows[0]!;
      return { ...row, intakeId: await attachSubmittedIntake(c, row.id, new Date()) };
    });

    await signInAs(page, "admin", "/staff/schedule");
    await page.goto(`/staff/schedule?view=day&date=${localDateOf(booking.starts_at, ZONE)}&therapist=${maya}`);
    const entry = page.locator(`li[data-booking-id="${booking.id}"]`);
    await expect(entry.getByTestId("patient-note")).toContainText("Patient’s note, in their own words");
    await expect(entry.getByTestId("patient-note")).toContainText(note);
    await expectNoAxeViolations(page);
    if (shots && !isPhone(info))
      await page.screenshot({ path: `${shots}/staff-schedule-patient-note-${width(page)}.png`, fullPage: true });

    await page.goto(`/staff/cases/${booking.intakeId}`);
    const section = page.getByRole("region", { name: "Patient’s note, in their own words" });
    await expect(section).toContainText(note);
    await expectNoAxeViolations(page);
    if (shots && isPhone(info))
      await page.screenshot({ path: `${shots}/staff-case-patient-note-${width(page)}.png`, fullPage: true });
  },
);

test(
  "a time taken in another tab moves focus to the 'just taken' message, in view",
  PHONE_ONLY,
  async ({ page, request }, info) => {
    test.setTimeout(90_000);
    const maya = await therapistIdOf("maya-okafor");
    await page.goto(`/book?type=follow-up&therapist=${maya}&week=${ownWeek(info)}`);
    await page.locator("[data-testid^=day-] a").last().click();
    await page.waitForURL(/start=/);
    const start = new URL(page.url()).searchParams.get("start")!;
    await answerSafety(page);
    await fillDetails(page, "Tariq Osei", `taken-${randomUUID()}@example.com`);
    await page.getByLabel("Anything you would like us to know?").fill("Right ankle, rolled it twice");
    const other = await request.post("/api/bookings", {
      data: {
        type: "follow-up",
        therapistId: maya,
        start,
        patient: { name: "Other Tab", email: `other-${randomUUID()}@example.com`, phone: "07700 900000" },
      },
    });
    expect(other.status()).toBe(201);

    const confirm = page.getByRole("button", { name: "Confirm booking" });
    await confirm.scrollIntoViewIfNeeded();
    await confirm.click();
    const message = page.getByRole("alert").filter({ hasText: "Sorry, that time has just been taken" });
    await expect(message).toBeFocused();
    await expect(message).toBeInViewport();
    await expect(message.getByRole("link").first()).toBeVisible();
    await expectNoAxeViolations(page);
  },
);

test(
  "a therapist whose first free time is next week opens on that week, and no day that has passed is shown",
  PHONE_ONLY,
  async ({ page }, info) => {
    test.setTimeout(90_000);
    const today = todayIn(ZONE);
    const nextMonday = addDays(weekStart(today), 7);
    const name = `Nell Early ${info.project.name} ${randomUUID().slice(0, 4)}`;
    // Works every day, but is off for the rest of this week; offers sports massage only.
    const therapistId = await withDb(async (c) => {
      const { id } = (
        await c.query(
          "INSERT INTO therapists (slug, display_name, active, sort_order) VALUES ($1, $2, true, 99) RETURNING id",
          [`nell-${randomUUID().slice(0, 8)}`, name],
        )
      ).rows[0];
      await c.query(
        `INSERT INTO therapist_appointment_types (therapist_id, appointment_type_id)
       SELECT $1, id FROM appointment_types WHERE slug = 'sports-massage'`,
        [id],
      );
      await c.query(
        `INSERT INTO availability_rules (therapist_id, weekday, start_minutes, end_minutes)
       SELECT $1, d, 540, 1020 FROM generate_series(1, 7) d`,
        [id],
      );
      for (let date = today; date < nextMonday; date = addDays(date, 1))
        await c.query("INSERT INTO availability_overrides (therapist_id, date, kind) VALUES ($1, $2, 'time_off')", [
          id,
          date,
        ]);
      return id as string;
    });
    // Saving the hours through the admin's form refreshes the cached schedules, as a real change would.
    await signInAs(page, "admin", `/staff/admin/hours/${therapistId}`);
    await page.goto(`/staff/admin/hours/${therapistId}`);
    await page.getByRole("button", { name: "Save weekly hours" }).click();
    await expect(page.getByText("Saved. Patients see the new free times now.")).toBeVisible();
    await page.context().clearCookies();

    await page.goto("/book?type=sports-massage");
    const card = page.getByRole("link", { name: new RegExp(name) });
    await expect(card).toContainText(
      `Next free: ${formatWhen(new Date(`${nextMonday}T12:00:00Z`), ZONE).split(" at")[0]}`,
    );
    await card.click();
    await expect(page.getByRole("heading", { name: "Choose a day and time" })).toBeVisible();
    await expect(page.getByTestId(`day-${nextMonday}`).getByRole("link").first()).toBeVisible();
    const shown = await page.locator("[data-testid^=day-]").evaluateAll((days) => days.map((d) => d.dataset.testid!));
    expect(shown[0]).toBe(`day-${nextMonday}`);
    await expectNoAxeViolations(page);
    if (shots && isPhone(info))
      await page.screenshot({ path: `${shots}/booking-3-time-first-free-week-${width(page)}.png`, fullPage: true });

    // This week from today only (all "No free times"), and nothing earlier to go back to.
    await page.getByRole("link", { name: "← Earlier week" }).click();
    await expect(page.getByTestId(`day-${today}`)).toBeVisible();
    const thisWeek = await page
      .locator("[data-testid^=day-]")
      .evaluateAll((days) => days.map((d) => d.dataset.testid!));
    expect(thisWeek.filter((id) => id.slice(4) < today)).toEqual([]);
    expect(thisWeek[0]).toBe(`day-${today}`);
    await expect(page.getByRole("link", { name: "← Earlier week" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Later week →" })).toBeVisible();
  },
);

test(
  "the manage page says when the questionnaire was sent, and offers to continue a draft",
  PHONE_ONLY,
  async ({ page }, info) => {
    const sent = await farBooking(info, 8);
    const submittedAt = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 3 * 3_600_000);
    await withDb((c) => attachSubmittedIntake(c, sent.id, submittedAt));
    await page.goto(`/appointments/${sent.token}`);
    await expect(page.getByTestId("questionnaire-state")).toHaveText(
      `Questionnaire sent on ${formatWhen(submittedAt, ZONE)} (UK time)`,
    );
    await expect(page.getByRole("link", { name: /questionnaire/i })).toHaveCount(0);
    await expectNoAxeViolations(page);

    const draft = await farBooking(info, 11);
    await withDb((c) =>
      c.query("INSERT INTO intakes (booking_id, questionnaire_version, draft_step) VALUES ($1, 1, 'C')", [draft.id]),
    );
    await page.goto(`/appointments/${draft.token}`);
    await expect(page.getByRole("link", { name: "Continue your questionnaire" })).toBeVisible();
    await expect(page.getByText("Complete your pre-appointment questionnaire")).toHaveCount(0);
  },
);

test("on the confirmation page the questionnaire is the main button and 'Add to calendar' the second", async ({
  page,
}, info) => {
  const { token } = await farBooking(info, 14);
  await page.goto(`/appointments/${token}?booked=1`);
  await expect(page.getByRole("status")).toContainText("You’re booked");
  const questionnaire = page.getByRole("link", { name: "Complete your pre-appointment questionnaire" });
  const calendar = page.getByRole("link", { name: "Add to calendar" });
  // The main button comes first and is filled; the second is outlined.
  const first = await questionnaire.evaluate(
    (a, other) => Boolean(a.compareDocumentPosition(other!) & Node.DOCUMENT_POSITION_FOLLOWING),
    await calendar.elementHandle(),
  );
  expect(first).toBe(true);
  await expect(questionnaire).not.toHaveCSS("background-color", "rgba(0, 0, 0, 0)");
  await expect(questionnaire).toHaveCSS("color", "rgb(255, 255, 255)");
  await expect(calendar).toHaveCSS("background-color", "rgba(0, 0, 0, 0)");
  const box = await questionnaire.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);
  await expectNoAxeViolations(page);
  if (shots) await page.screenshot({ path: `${shots}/booking-5-confirmed-${width(page)}.png`, fullPage: true });
});

test("the audit log names a case by its patient, linking to the case", DESKTOP_ONLY, async ({ page }, info) => {
  test.setTimeout(90_000);
  // A case of Priya's of its own, far past the booking horizon.
  const patient = "Grace Okoro";
  const { intakeId } = await withDb(async (c) =>
    copyDemoCase(c, {
      level: "routine",
      therapistId: (await c.query("SELECT id FROM therapists WHERE slug = 'priya-shah'")).rows[0].id,
      patientName: patient,
      patientEmail: `grace.okoro.${info.project.name}@example.com`,
      startsAt: new Date(Date.now() + (isPhone(info) ? 93 : 92) * 86_400_000),
      tokenHash: `e2e-audit-${randomUUID()}`,
    }),
  );
  await signInAs(page, "admin", `/staff/cases/${intakeId}`);
  await page.goto(`/staff/cases/${intakeId}`);
  await expect(page.getByRole("heading", { level: 1, name: patient })).toBeVisible();

  await page.goto(`/staff/admin/audit?action=case.view&subjectId=${intakeId}`);
  const row = page.getByTestId("audit-row").filter({ hasText: patient }).first();
  const link = row.getByRole("link", { name: patient });
  await expect(link).toHaveAttribute("href", `/staff/cases/${intakeId}`);
  await expectNoAxeViolations(page);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/staff/cases/${intakeId}$`));
  if (shots && !isPhone(info)) {
    await page.goto("/staff/admin/audit");
    await page.screenshot({ path: `${shots}/staff-admin-audit-${width(page)}.png`, fullPage: true });
  }
});
