import { expect, test, type Page } from "@playwright/test";

import type { QuestionDef } from "../lib/intake/question-types";
import { SECTIONS } from "../lib/intake/questionnaire";
import { answers } from "../lib/intake/test-answers";
import { visibleQuestions } from "../lib/intake/visibility";
import { expectNoAxeViolations } from "./axe";
import { withDb } from "./db";
import { DESKTOP_ONLY, PHONE_ONLY } from "./projects";

const clock = () => ({ now: new Date(), timeZone: "Europe/London" });
const base = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000";

/** A booking made through the API as a condition page's button would (region and area carried), and its intake link. */
async function bookAndGetIntake(who: string, dayOffset: number, region?: string, area?: string): Promise<string> {
  const from = new Date(Date.now() + dayOffset * 86_400_000).toISOString().slice(0, 10);
  const to = new Date(Date.now() + (dayOffset + 6) * 86_400_000).toISOString().slice(0, 10);
  const { slots } = (await (
    await fetch(`${base}/api/slots?type=initial-assessment&therapist=any&from=${from}&to=${to}`)
  ).json()) as { slots: { start: string }[] };
  const response = await fetch(`${base}/api/bookings`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      type: "initial-assessment",
      therapistId: "any",
      start: slots[0]!.start,
      patient: { name: "Intake Patient", email: `${who}@example.com`, phone: "07700 900222" },
      region,
      area,
    }),
  });
  expect(response.status).toBe(201);
  return new URL(((await response.json()) as { intakeUrl: string }).intakeUrl).pathname;
}

const optionLabel = (q: QuestionDef, code: unknown) =>
  ("options" in q ? q.options.find((o) => o.code === code)?.label : undefined) ?? String(code);

/** Answers one question the way a patient would, found by its definition. */
async function fill(page: Page, q: QuestionDef, value: unknown) {
  const field = page.locator(`[data-question="${q.id}"]`);
  switch (q.type) {
    case "choice":
      return field.getByRole("radio", { name: optionLabel(q, value), exact: true }).check();
    case "multi":
      if (Array.isArray(value) && value.length === 0)
        return field.getByRole("checkbox", { name: q.noneLabel ?? "None of these" }).check();
      for (const code of value as string[])
        await field.getByRole("checkbox", { name: optionLabel(q, code), exact: true }).check();
      return;
    case "bool":
      if (q.mustBeTrue) return field.getByRole("checkbox", { name: "Yes, I agree" }).check();
      return field.getByRole("radio", { name: value ? "Yes" : "No", exact: true }).check();
    case "int":
      return field
        .locator("label")
        .filter({ hasText: new RegExp(`^${value}$`) })
        .click();
    case "psfs": {
      const rows = value as { activity: string; score: number }[];
      await field.getByLabel("Activity 1").fill(rows[0]!.activity);
      return field.getByLabel(/How well can you do it now/).selectOption(String(rows[0]!.score));
    }
    case "date": {
      // Day, Month and Year boxes.
      if (typeof value !== "string") return;
      const [year, month, day] = value.split("-");
      await field.getByLabel("Day", { exact: true }).fill(String(Number(day)));
      await field.getByLabel("Month", { exact: true }).fill(String(Number(month)));
      return field.getByLabel("Year", { exact: true }).fill(year!);
    }
    default:
      if (value !== undefined) await field.locator("input, textarea").fill(String(value));
  }
}

/** Fills the current step with the story's answers, checks axe, and goes on. */
async function completeStep(page: Page, story: Record<string, unknown>, sectionId: string) {
  await page.locator("[data-hydrated=true]").waitFor();
  await expect(
    page.getByRole("heading", { level: 2, name: SECTIONS.find((s) => s.id === sectionId)!.title }),
  ).toBeVisible();
  for (const q of visibleQuestions(story, clock()).filter((q) => q.section === sectionId))
    await fill(page, q, story[q.id]);
  await page.getByRole("button", { name: "Next", exact: true }).click();
}

const routineKnee = () =>
  answers(
    {
      age: 34,
      region: "knee",
      side: "left",
      knee_area: ["front"],
      onset: "gradual",
      activities: ["running"],
      pain_now: 3,
      pain_worst: 5,
      pain_pattern: ["stairs"],
    },
    clock(),
  );

test("a routine knee case from a condition page's booking completes, every step passes axe, and shows the appointment", async ({
  page,
}, info) => {
  test.setTimeout(150_000);
  const path = await bookAndGetIntake(
    `routine.${info.project.name}`,
    info.project.name === "phone" ? 19 : 12,
    "knee",
    "front",
  );
  await page.goto(path);
  const story = routineKnee() as Record<string, unknown>;
  for (const section of ["A", "B", "C", "D", "E", "F", "G", "H"]) {
    if (section === "B") {
      // Preset from the condition page the booking came from.
      await expect(page.getByRole("radio", { name: "Knee", exact: true })).toBeChecked();
      await expect(
        page
          .locator('[data-question="knee_area"]')
          .getByRole("checkbox", { name: optionLabel(SECTIONS_Q("knee_area"), "front") }),
      ).toBeChecked();
    }
    await expectNoAxeViolations(page);
    await completeStep(page, story, section);
  }
  await expect(page.getByRole("heading", { name: "Check your answers" })).toBeVisible();
  await expect(page.getByText("Walking the dog: 6 out of 10")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Send my answers" }).dblclick();
  await expect(page.getByTestId("intake-thanks")).toContainText("Your initial assessment");
  await expect(page.getByTestId("care-card-emergency")).toHaveCount(0);
  const stored = await withDb(
    async (c) =>
      (
        await c.query(
          `SELECT i.status, count(t.id)::int AS results, max(t.disposition::text) AS disposition FROM intakes i JOIN bookings b ON b.id = i.booking_id
       JOIN patients p ON p.id = b.patient_id LEFT JOIN triage_results t ON t.intake_id = i.id WHERE p.email = $1 GROUP BY i.status`,
          [`routine.${info.project.name}@example.com`],
        )
      ).rows,
  );
  expect(stored).toEqual([{ status: "submitted", results: 1, disposition: "routine" }]);
  await page.reload();
  await expect(page.getByText("You have already sent your answers")).toBeVisible();
});

function SECTIONS_Q(id: string): QuestionDef {
  return visibleQuestions(routineKnee() as Record<string, unknown>, clock()).find((q) => q.id === id)!;
}

test("new chest pain shows the emergency care card first", PHONE_ONLY, async ({ page }, info) => {
  test.setTimeout(120_000);
  await page.goto(await bookAndGetIntake(`chest.${info.project.name}`, info.project.name === "phone" ? 33 : 26));
  const story = answers({ age: 50, chest_pain_breathless: true }, clock()) as Record<string, unknown>;
  for (const section of ["A", "B", "C", "D", "E", "F"]) await completeStep(page, story, section);
  // The safety step's answers bring the card at once (e2e/intake-safety.spec.ts); after sending it comes again.
  await expect(page.getByTestId("care-card-emergency")).toContainText("New chest pain or breathlessness");
  await page.getByRole("button", { name: "I have already been checked by a doctor about this: continue" }).click();
  for (const section of ["G", "H"]) await completeStep(page, story, section);
  await page.getByRole("button", { name: "Send my answers" }).click();
  const card = page.getByTestId("care-card-emergency");
  await expect(card.getByRole("heading", { name: "Call 999 or go to A&E now" })).toBeVisible();
  await expect(card).toContainText("New chest pain or breathlessness");
  await expect(page.getByText("Suspected", { exact: false })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test(
  "a reload part-way resumes at the same step with nothing lost, a failed save keeps the answers, and a newer draft from another device wins",
  PHONE_ONLY,
  async ({ page, browser }, info) => {
    test.setTimeout(120_000);
    await page.goto(await bookAndGetIntake(`resume.${info.project.name}`, info.project.name === "phone" ? 47 : 40));
    const story = routineKnee() as Record<string, unknown>;
    await completeStep(page, story, "A");
    await completeStep(page, story, "B");
    await page.reload();
    await expect(page.getByRole("heading", { level: 2, name: "How it started" })).toBeVisible();
    await page.getByRole("button", { name: "Back" }).click();
    await expect(page.getByRole("radio", { name: "Left", exact: true })).toBeChecked();
    await page.getByRole("button", { name: "Next", exact: true }).click();

    // The network fails on the next save: the patient is told, nothing is lost, and retry works.
    await page.route("**/intake/**", (route) =>
      route.request().method() === "POST" ? route.abort() : route.continue(),
    );
    await completeStep(page, story, "C");
    await expect(page.getByRole("alert").filter({ hasText: "could not reach" })).toBeVisible();
    await page.unroute("**/intake/**");
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "could not reach" })).toHaveCount(0);
    await page.getByRole("button", { name: "Back" }).click();
    await expect(
      page.locator('[data-question="activities"]').getByRole("checkbox", { name: /^Running/ }),
    ).toBeChecked();

    // The patient goes on on another device; back here, its newer draft wins over the copy this browser still holds.
    const draftStep = () =>
      withDb(async (c) => {
        const { rows } = await c.query(
          `SELECT i.draft_step FROM intakes i JOIN bookings b ON b.id = i.booking_id JOIN patients p ON p.id = b.patient_id
          WHERE p.email = $1`,
          [`resume.${info.project.name}@example.com`],
        );
        return rows[0]?.draft_step;
      });
    await expect.poll(draftStep).toBe("C");
    const other = await browser.newContext();
    const laptop = await other.newPage();
    await laptop.goto(page.url());
    await completeStep(laptop, story, "C");
    await expect.poll(draftStep).toBe("D");
    await other.close();
    // The link as sent (a reload keeps this tab's own step, which is in its address).
    await page.goto(new URL(page.url()).pathname);
    await expect(page.getByRole("heading", { level: 2, name: "Your pain" })).toBeVisible();
  },
);

test("a wrong intake link shows the plain 'not valid' page", DESKTOP_ONLY, async ({ page }) => {
  const response = await page.goto(`/intake/${"B".repeat(43)}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This link is not valid" })).toBeVisible();
  await expectNoAxeViolations(page);
});
