import { readFileSync } from "node:fs";
import path from "node:path";

import type { PrismaClient } from "../lib/generated/prisma/client";
import { CONSENT_TEXT_VERSION } from "../lib/intake/consent-text";
import { QUESTION_DEFS, QUESTIONNAIRE_VERSION } from "../lib/intake/questionnaire";
import { validateIntake } from "../lib/intake/schema";
import { RULES_VERSION } from "../lib/triage/rules";
import { triage } from "../lib/triage/triage";
import * as data from "./seed-data";

const STORIES = path.resolve(import.meta.dirname, "../lib/triage/__fixtures__/stories");

/** Demo questionnaires: submitted ones triaged now (as a patient would submit them today), and one draft. */
export async function seedIntakes(db: PrismaClient, timeZone: string): Promise<void> {
  const now = new Date();
  for (const item of data.intakes) {
    const booking = await db.booking.findUnique({
      where: { idempotencyKey: item.booking },
      select: { id: true, intake: { select: { id: true } } },
    });
    if (!booking || booking.intake) continue;
    const story = JSON.parse(readFileSync(path.join(STORIES, `${item.story}.json`), "utf8")) as {
      answers: Record<string, unknown>;
    };
    // Stories were written on their own dates; an event date may have passed since.
    const { event_date: _eventDate, ...raw } = story.answers;
    if ("draftSections" in item) {
      const sections = new Set<string>(item.draftSections);
      const partial = Object.fromEntries(
        Object.entries(raw).filter(([id]) => sections.has(QUESTION_DEFS.find((q) => q.id === id)?.section ?? "")),
      );
      await db.intake.create({
        data: {
          bookingId: booking.id,
          answers: partial as object,
          questionnaireVersion: QUESTIONNAIRE_VERSION,
          draftStep: "D",
        },
      });
      continue;
    }
    const clock = { now, timeZone };
    const checked = validateIntake(raw, clock);
    if (!checked.ok) throw new Error(`Demo story ${item.story} is not valid today: ${JSON.stringify(checked.errors)}`);
    const result = triage(checked.answers, clock);
    await db.intake.create({
      data: {
        bookingId: booking.id,
        status: "submitted",
        answers: checked.answers as object,
        questionnaireVersion: QUESTIONNAIRE_VERSION,
        consentTextVersion: CONSENT_TEXT_VERSION,
        consentedAt: now,
        submittedAt: now,
        triageResults: {
          create: {
            disposition: result.disposition,
            flags: result.flags as unknown as object[],
            suspected: result.suspected as unknown as object[],
            scores: result.scores as unknown as object,
            questionnaireVersion: QUESTIONNAIRE_VERSION,
            rulesVersion: RULES_VERSION,
          },
        },
      },
    });
  }
}
