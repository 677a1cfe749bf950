"use server";

import { headers } from "next/headers";
import { z } from "zod";

import { requestMeta } from "@/lib/auth/request-meta";
import { type ActionResult, handleForm, refuse } from "@/lib/forms/action-result";
import { saveDraftByToken, submitByToken } from "@/lib/intake/intake";
import type { PatientOutcome } from "@/lib/intake/outcome";
import { countAddress } from "@/lib/limits/data";

const tokenSchema = z.string().min(1).max(100);
const stepSchema = z.string().max(10);
const draftSchema = z.object({
  token: tokenSchema,
  step: stepSchema,
  from: stepSchema.optional(),
  answers: z.unknown(),
});

/** A wrong or closed link (cancelled, already sent), a draft the server will not keep, or far more saves than a person makes. */
export type DraftRefusal = { reason: "not_saved" };
/** A wrong link, or the appointment was cancelled. */
export type SubmitRefusal = { reason: "closed" };

/**
 * Saves the answers so far whenever the patient changes step (`step` is where they go,
 * `from` where they were); a wrong or closed link saves nothing. `emergency` is the card
 * to show at once when these answers call for one it has not shown yet (the server decides).
 */
export async function saveDraftAction(
  token: unknown,
  answers: unknown,
  step: unknown,
  from?: unknown,
): Promise<ActionResult<{ emergency: PatientOutcome | null }, DraftRefusal>> {
  return handleForm(draftSchema, { token, answers, step, from }, async (draft) => {
    const allowed = await countAddress("questionnaireSaves", requestMeta(await headers()).ip);
    if (!allowed.ok) return refuse<DraftRefusal>({ reason: "not_saved" });
    const saved = await saveDraftByToken(draft.token, draft.answers, draft.step, draft.from);
    return saved.ok ? { emergency: saved.emergency } : refuse<DraftRefusal>({ reason: "not_saved" });
  });
}

/**
 * Validates with the questionnaire's schema, triages and stores, all on the
 * server. Answers that fail come back as field errors under their question ids.
 */
export async function submitAction(
  token: unknown,
  answers: unknown,
): Promise<ActionResult<{ outcome: PatientOutcome }, SubmitRefusal>> {
  return handleForm(tokenSchema, token, async (valid) => {
    const submitted = await submitByToken(valid, answers);
    if (submitted.ok) return { outcome: submitted.outcome };
    if ("closed" in submitted) return refuse<SubmitRefusal>({ reason: "closed" });
    // Reversed, so the first message for a question is the one kept, as with zod's.
    const byQuestion = [...submitted.errors].reverse().map((e) => [e.questionId, e.message]);
    return { ok: false, fieldErrors: Object.fromEntries(byQuestion) };
  });
}
