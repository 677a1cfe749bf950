import { expect, type Page } from "@playwright/test";

import type { QuestionDef } from "../lib/intake/question-types";
import { SECTIONS } from "../lib/intake/questionnaire";
import { visibleQuestions } from "../lib/intake/visibility";

// Filling the questionnaire as a patient would, for specs that need to reach a step.

export const clock = () => ({ now: new Date(), timeZone: "Europe/London" });
const base = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000";

/**
 * A new initial assessment booked through the API, and its intake link's path. Tries
 * the week's free times in turn, so tests running side by side never need the same one.
 */
export async function bookIntake(who: string, dayOffset: number): Promise<string> {
  return (await bookThroughApi(who, dayOffset)).intake;
}

/** An initial assessment booked through the API in the week from `dayOffset`; its private links' paths. */
export async function bookThroughApi(
  who: string,
  dayOffset: number,
  name = "Intake Patient",
): Promise<{ manage: string; intake: string }> {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const { slots } = (await (
    await fetch(
      `${base}/api/slots?type=initial-assessment&therapist=any&from=${day(dayOffset)}&to=${day(dayOffset + 6)}`,
    )
  ).json()) as { slots: { start: string }[] };
  // From the week's end: other specs take the first free time of their week.
  for (const slot of slots.reverse()) {
    const response = await fetch(`${base}/api/bookings`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        type: "initial-assessment",
        therapistId: "any",
        start: slot.start,
        patient: { name, email: `${who}@example.com`, phone: "07700 900222" },
      }),
    });
    if (response.status === 409) continue;
    expect(response.status).toBe(201);
    const reply = (await response.json()) as { manageUrl: string; intakeUrl: string };
    return { manage: new URL(reply.manageUrl).pathname, intake: new URL(reply.intakeUrl).pathname };
  }
  throw new Error(`No free initial assessment from ${day(dayOffset)}`);
}

const optionLabel = (q: QuestionDef, code: unknown) =>
  ("options" in q ? q.options.find((o) => o.code === code)?.label : undefined) ?? String(code);

/** Answers one question the way a patient would, found by its definition. */
export async function fill(page: Page, q: QuestionDef, value: unknown) {
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
      if (typeof value !== "string") return;
      const [year, month, day] = value.split("-");
      await field.getByLabel("Day", { exact: true }).fill(String(Number(day)));
      await field.getByLabel("Month", { exact: true }).fill(String(Number(month)));
      return field.getByLabel("Year", { exact: true }).fill(year!);
    }
    case "text":
      if (value !== undefined) await field.locator("input, textarea").fill(String(value));
  }
}

/** Waits for the step's heading and the form to be live. */
export async function atStep(page: Page, sectionId: string) {
  await page.locator("[data-hydrated=true]").waitFor();
  await expect(
    page.getByRole("heading", { level: 2, name: SECTIONS.find((s) => s.id === sectionId)!.title }),
  ).toBeVisible();
}

/** Fills the current step with the story's answers and goes on. */
export async function completeStep(page: Page, story: Record<string, unknown>, sectionId: string) {
  await atStep(page, sectionId);
  for (const q of visibleQuestions(story, clock()).filter((q) => q.section === sectionId))
    await fill(page, q, story[q.id]);
  await page.getByRole("button", { name: "Next", exact: true }).click();
}
