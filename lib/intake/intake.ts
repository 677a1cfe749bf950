import "server-only";

import { hashToken, isWellFormedToken } from "@/lib/booking/tokens";
import { getClinic } from "@/lib/clinic/data";
import { RULES_VERSION } from "@/lib/triage/rules";
import { emergencyRulesSoFar, triage } from "@/lib/triage/triage";

import { CONSENT_TEXT_VERSION } from "./consent-text";
import { findIntakeByTokenHash, saveDraft, submitIntake, type IntakeView } from "./data";
import { QUESTIONNAIRE_VERSION } from "./questionnaire";
import { outcomeFor, type PatientOutcome } from "./outcome";
import { answersSoFar, validateIntake, type IntakeError } from "./schema";
import { parseStep } from "./steps";
import type { IntakeClock } from "./visibility";

/** The intake an intake link opens (with whether it has closed at `now`); null for a malformed, unknown or wrong token alike. */
export async function openIntake(token: string, now = new Date()): Promise<IntakeView | null> {
  if (!isWellFormedToken(token)) return null;
  return findIntakeByTokenHash(hashToken(token), now);
}

/** What the patient is told about a sent intake, worded from the answers as they were sent. */
export async function storedOutcome(intake: IntakeView): Promise<PatientOutcome | null> {
  if (!intake.disposition || !intake.submittedAt) return null;
  const clock = { now: intake.submittedAt, timeZone: (await getClinic()).timeZone };
  return outcomeFor(intake.disposition, intake.flagIds, intake.answers, clock);
}

export type DraftSaved = { ok: false } | { ok: true; emergency: PatientOutcome | null };

/**
 * Saves a draft on a change of step (`step` is where the patient goes, `from` where
 * they were). Refused once submitted, once the link has closed, or for a wrong link. When the answers
 * so far fire an emergency rule the card has not yet named, the card is recorded as
 * shown and returned, so the patient sees it at once rather than after the last step.
 */
export async function saveDraftByToken(
  token: string,
  answers: unknown,
  step: string,
  from: string | undefined,
  now = new Date(),
): Promise<DraftSaved> {
  const intake = await openIntake(token, now);
  if (!intake || intake.closed || intake.status === "submitted") return { ok: false };
  const to = parseStep(step);
  if (!to || typeof answers !== "object" || answers === null || Array.isArray(answers)) return { ok: false };
  // Drafts hold what the patient typed so far; the full check happens on submit.
  const json = JSON.stringify(answers);
  if (json.length > 50_000) return { ok: false };
  const draft = JSON.parse(json) as Record<string, unknown>;
  const clock: IntakeClock = { now, timeZone: (await getClinic()).timeZone };
  const soFar = answersSoFar(draft, clock);
  const firing = emergencyRulesSoFar(soFar, clock);
  const shown = intake.emergencyCard?.rules ?? [];
  const card = firing.some((id) => !shown.includes(id))
    ? { at: now, step: parseStep(from) ?? to, rules: firing }
    : undefined;
  // Shown the card, the patient stays on the step they were on until they say they have been checked.
  if (!(await saveDraft(intake.bookingId, draft, card?.step ?? to, QUESTIONNAIRE_VERSION, card, now))) {
    return { ok: false };
  }
  return { ok: true, emergency: card ? outcomeFor("emergency", firing, soFar, clock) : null };
}

export type SubmitOutcome =
  { ok: true; outcome: PatientOutcome } | { ok: false; errors: IntakeError[] } | { ok: false; closed: true };

/**
 * Validates the answers as of now, triages them, and stores answers, consent
 * and result together. Idempotent: a second submit returns the stored result.
 */
export async function submitByToken(token: string, raw: unknown, now = new Date()): Promise<SubmitOutcome> {
  const intake = await openIntake(token, now);
  if (!intake || intake.closed === "cancelled") return { ok: false, closed: true };
  const already = await storedOutcome(intake);
  if (intake.status === "submitted" && already) return { ok: true, outcome: already };
  if (intake.closed) return { ok: false, closed: true };
  const clock = { now, timeZone: (await getClinic()).timeZone };
  const checked = validateIntake(raw, clock);
  if (!checked.ok) return { ok: false, errors: [...checked.errors] };
  const result = triage(checked.answers, clock);
  const flagIds = result.flags.map((f) => f.id);
  const stored = await submitIntake(intake.bookingId, {
    answers: checked.answers as Record<string, unknown>,
    submittedAt: now,
    questionnaireVersion: QUESTIONNAIRE_VERSION,
    consentTextVersion: CONSENT_TEXT_VERSION,
    result: {
      ...result,
      flags: [...result.flags],
      suspected: [...result.suspected],
      scores: { ...result.scores },
      rulesVersion: RULES_VERSION,
    },
    emergencyCard:
      result.disposition === "emergency"
        ? { at: now, step: "review", rules: flagIds.filter((id) => id.startsWith("E")) }
        : undefined,
  });
  if (!stored) {
    // Someone (a double click) submitted first: answer with what was stored.
    const again = await openIntake(token, now);
    const outcome = again && (await storedOutcome(again));
    return outcome ? { ok: true, outcome } : { ok: false, closed: true };
  }
  return { ok: true, outcome: outcomeFor(result.disposition, flagIds, checked.answers, clock) };
}
