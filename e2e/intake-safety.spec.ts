import { expect, test, type Page } from "@playwright/test";

import type { QuestionDef } from "../lib/intake/question-types";
import { QUESTION_DEFS, SECTIONS } from "../lib/intake/questionnaire";
import { answers, type AnswerOverrides } from "../lib/intake/test-answers";
import { visibleQuestions } from "../lib/intake/visibility";
import { expectNoAxeViolations } from "./axe";
import { withDb } from "./db";
import { signInAs } from "./staff";
import { PHONE_ONLY } from "./projects";

// Issue 15, "safety first" and "nothing the patient writes is lost": what a patient on a
// phone sees after sending, and mid-questionnaire, when their answers call for a doctor;
// what the care card lists; and a questionnaire that survives reloads and the Back button.

// Each test fills a questionnaire and runs axe on every new screen: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });

const clock = () => ({ now: new Date(), timeZone: "Europe/London" });
const base = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000";
const title = (section: string) => SECTIONS.find((s) => s.id === section)!.title;

/** A booking made through the API, its intake link path and the patient's e-mail (taking the next free time). */
async function book(who: string, dayOffset: number): Promise<{ path: string; email: string }> {
  const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  const { slots } = (await (
    await fetch(
      `${base}/api/slots?type=initial-assessment&therapist=any&from=${day(dayOffset)}&to=${day(dayOffset + 6)}`,
    )
  ).json()) as { slots: { start: string }[] };
  const email = `${who}.${crypto.randomUUID().slice(0, 8)}@example.com`;
  // Other tests book in parallel: a time taken a moment ago is skipped.
  for (const slot of slots.slice(0, 10)) {
    const response = await fetch(`${base}/api/bookings`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        type: "initial-assessment",
        therapistId: "any",
        start: slot.start,
        patient: { name: "Safety Patient", email, phone: "07700 900333" },
      }),
    });
    if (response.status === 201)
      return { path: new URL(((await response.json()) as { intakeUrl: string }).intakeUrl).pathname, email };
  }
  throw new Error("no free time to book");
}

/** Stores a draft as if the patient had answered the given sections, resuming at `step`. */
async function draft(email: string, story: Record<string, unknown>, sections: string[], step: string) {
  const kept = Object.fromEntries(
    QUESTION_DEFS.filter((q) => sections.includes(q.section) && story[q.id] !== undefined).map((q) => [
      q.id,
      story[q.id],
    ]),
  );
  await withDb((c) =>
    c.query(
      `INSERT INTO intakes (booking_id, answers, draft_step, questionnaire_version)
       SELECT b.id, $2::jsonb, $3, 1 FROM bookings b JOIN patients p ON p.id = b.patient_id WHERE p.email = $1`,
      [email, JSON.stringify(kept), step],
    ),
  );
}

const intakeRow = (email: string) =>
  withDb(
    async (c) =>
      (
        await c.query(
          `SELECT i.* FROM intakes i JOIN bookings b ON b.id = i.booking_id JOIN patients p ON p.id = b.patient_id
            WHERE p.email = $1`,
          [email],
        )
      ).rows[0] as Record<string, unknown>,
  );

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
    case "psfs": {
      const rows = value as { activity: string; score: number }[];
      await field.getByLabel("Activity 1").fill(rows[0]!.activity);
      return field.getByLabel(/How well can you do it now/).selectOption(String(rows[0]!.score));
    }
    case "text":
      if (value !== undefined) await field.locator("input, textarea").fill(String(value));
      return;
    default:
      // Dates and pain scores: none of these stories fills one in the browser.
      if (value !== undefined) throw new Error(`fill() cannot answer ${q.id}`);
  }
}

async function completeStep(page: Page, story: Record<string, unknown>, section: string) {
  await page.locator("[data-hydrated=true]").waitFor();
  await expect(page.getByRole("heading", { level: 2, name: title(section) })).toBeVisible();
  for (const q of visibleQuestions(story, clock()).filter((q) => q.section === section))
    await fill(page, q, story[q.id]);
  await page.getByRole("button", { name: "Next", exact: true }).click();
}

/** The care card as a patient first sees it: heading on screen and focused, nothing of the questionnaire left. */
async function expectCardFirst(page: Page, heading: string) {
  const card = page.getByRole("heading", { level: 1, name: heading });
  await expect(card).toBeInViewport();
  await expect(card).toBeFocused();
  await expect(page.getByRole("heading", { name: "Before your appointment" })).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Progress" })).toHaveCount(0);
  await expect(page.getByTestId("intake-thanks")).toHaveCount(0);
}

const ALL = ["A", "B", "C", "D", "E", "F", "G", "H"];

test(
  "urgent: after sending, the 'get seen today' card is what the patient sees first, then their appointment",
  PHONE_ONLY,
  async ({ page }, info) => {
    const { path, email } = await book(`urgent.${info.project.name}`, info.project.name === "phone" ? 3 : 10);
    await draft(email, answers({ can_walk_4_steps: false }, clock()) as Record<string, unknown>, ALL, "review");
    await page.goto(path);
    await page.locator("[data-hydrated=true]").waitFor();
    await page.getByRole("button", { name: "Send my answers" }).click();
    await expectCardFirst(page, "Get seen by a doctor or nurse today");
    await expect(page.getByTestId("care-card-urgent")).toContainText("You can't take 4 steps");
    await expect(page.getByTestId("intake-appointment")).toContainText("go to it only after you have been checked");
    await expectNoAxeViolations(page);
  },
);

test(
  "emergency: after sending, the 'call 999' card is what the patient sees first, with no thank-you beside it",
  PHONE_ONLY,
  async ({ page }, info) => {
    const { path, email } = await book(`emergency.${info.project.name}`, info.project.name === "phone" ? 5 : 12);
    await draft(email, answers({ chest_pain_breathless: true }, clock()) as Record<string, unknown>, ALL, "review");
    await page.goto(path);
    await page.locator("[data-hydrated=true]").waitFor();
    await page.getByRole("button", { name: "Send my answers" }).click();
    await expectCardFirst(page, "Call 999 or go to A&E now");
    await expect(page.getByText(/your therapist will read your answers/i)).toHaveCount(0);
    await expectNoAxeViolations(page);
    // Coming back to the link later shows the same card first.
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Call 999 or go to A&E now" })).toBeFocused();
    await expect(page.getByRole("heading", { name: "Your questionnaire" })).toHaveCount(0);
    await expectNoAxeViolations(page);
  },
);

test(
  "the card lists only what the patient reported: numbness around the bottom, not both legs",
  PHONE_ONLY,
  async ({ page }, info) => {
    const { path, email } = await book(`reasons.${info.project.name}`, info.project.name === "phone" ? 7 : 14);
    const story = answers(
      {
        region: "lower_back",
        numb_tingling_leg: true,
        both_legs: false,
        saddle_numbness: true,
        bladder_bowel_change: false,
      },
      clock(),
    );
    await draft(email, story as Record<string, unknown>, ALL, "review");
    await page.goto(path);
    await page.locator("[data-hydrated=true]").waitFor();
    await page.getByRole("button", { name: "Send my answers" }).click();
    const card = page.getByTestId("care-card-emergency");
    await expect(card).toContainText("Numbness around your bottom or genitals");
    await expect(card).not.toContainText("both legs");
    await expect(card).not.toContainText("peeing");
  },
);

test(
  "an emergency on the safety step shows the card at once, records it, and 'already checked' finishes the questionnaire",
  PHONE_ONLY,
  async ({ page }, info) => {
    test.setTimeout(150_000);
    const { path, email } = await book(`midway.${info.project.name}`, info.project.name === "phone" ? 9 : 16);
    const overrides: AnswerOverrides = { region: "lower_back", saddle_numbness: true, bladder_bowel_change: true };
    const story = answers(overrides, clock()) as Record<string, unknown>;
    await draft(email, story, ["A", "B", "C", "D", "E"], "F");
    await page.goto(path);
    await completeStep(page, story, "F");

    await expectCardFirst(page, "Call 999 or go to A&E now");
    const card = page.getByTestId("care-card-emergency");
    await expect(card).toContainText("Numbness around your bottom or genitals and new problems peeing or pooing");
    await expect(card).not.toContainText("both legs");
    await expect(page.getByRole("heading", { name: title("G") })).toHaveCount(0);
    await expectNoAxeViolations(page);
    const shown = await intakeRow(email);
    expect(shown.emergency_card_shown_at).toBeInstanceOf(Date);
    expect(shown.emergency_card_step).toBe("F");
    expect(shown.answers).toMatchObject({ saddle_numbness: true, bladder_bowel_change: true });

    await page.getByRole("button", { name: "I have already been checked by a doctor about this: continue" }).click();
    await completeStep(page, story, "G");
    await completeStep(page, story, "H");
    await page.getByRole("button", { name: "Send my answers" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Call 999 or go to A&E now" })).toBeFocused();
    const sent = await intakeRow(email);
    expect(sent.status).toBe("submitted");
    expect(sent.emergency_card_shown_at).toEqual(shown.emergency_card_shown_at);

    await signInAs(page, "admin", `/staff/cases/${String(sent.id)}`);
    await expect(page.getByTestId("emergency-card-shown")).toContainText(
      /Emergency advice shown to the patient on .+ at \d{1,2}:\d{2}.*during the questionnaire \(step F/,
    );
    await expectNoAxeViolations(page);
  },
);

test(
  "a reload keeps an answer chosen on the current step that was never sent with Next",
  PHONE_ONLY,
  async ({ page }, info) => {
    const { path } = await book(`reload.${info.project.name}`, info.project.name === "phone" ? 11 : 18);
    await page.goto(path);
    await page.locator("[data-hydrated=true]").waitFor();
    const about = (id: string) => page.locator(`[data-question="${id}"]`);
    await about("sex").getByRole("radio", { name: "Female", exact: true }).check();
    await about("diabetes").getByRole("radio", { name: "No", exact: true }).check();
    await page.reload();
    await page.locator("[data-hydrated=true]").waitFor();
    await expect(page.getByRole("heading", { level: 2, name: title("A") })).toBeVisible();
    await expect(about("sex").getByRole("radio", { name: "Female", exact: true })).toBeChecked();
    await expect(about("diabetes").getByRole("radio", { name: "No", exact: true })).toBeChecked();
  },
);

test(
  "the browser's Back and Forward move between steps with answers kept, and a step link opens that step",
  PHONE_ONLY,
  async ({ page }, info) => {
    const { path, email } = await book(`history.${info.project.name}`, info.project.name === "phone" ? 13 : 20);
    const story = answers({ region: "knee", knee_area: ["front"], onset: "gradual" }, clock()) as Record<
      string,
      unknown
    >;
    await draft(email, story, ["A", "B"], "B");
    await page.goto(path);
    await page.locator("[data-hydrated=true]").waitFor();
    await expect(page.getByRole("heading", { level: 2, name: title("B") })).toBeVisible();
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await expect(page.getByRole("heading", { level: 2, name: title("C") })).toBeFocused();
    const onset = page.locator('[data-question="onset"]');
    await onset.getByRole("radio", { name: optionLabel(questionOf("onset"), "gradual"), exact: true }).check();

    await page.goBack();
    await expect(page.getByRole("heading", { level: 2, name: title("B") })).toBeFocused();
    await expect(page.getByRole("radio", { name: "Knee", exact: true })).toBeChecked();
    await page.goForward();
    await expect(page.getByRole("heading", { level: 2, name: title("C") })).toBeFocused();
    await expect(
      onset.getByRole("radio", { name: optionLabel(questionOf("onset"), "gradual"), exact: true }),
    ).toBeChecked();

    // A reload on a step's address opens that step; a step further than the patient has got opens the first unanswered one.
    expect(new URL(page.url()).searchParams.get("step")).toBe("C");
    // The clinic's copy follows the steps in order (Back's save, then Forward's), ending on C.
    await expect.poll(async () => (await intakeRow(email))?.draft_step).toBe("C");
    await page.reload();
    await expect(page.getByRole("heading", { level: 2, name: title("C") })).toBeVisible();
    await page.goto(`${path}?step=H`);
    await expect(page.getByRole("heading", { level: 2, name: title("C") })).toBeVisible();
    await page.goto(`${path}?step=%3Cscript%3E`);
    await expect(page.getByRole("heading", { level: 2, name: title("C") })).toBeVisible();
  },
);

function questionOf(id: string): QuestionDef {
  return QUESTION_DEFS.find((q) => q.id === id)!;
}
