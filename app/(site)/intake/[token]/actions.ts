"use server";

import { z } from "zod";

import { saveDraftByToken, submitByToken } from "@/lib/intake/intake";

const tokenSchema = z.string().min(1).max(100);

/** Saves the answers so far after each step; a wrong or closed link saves nothing. */
export async function saveDraftAction(token: unknown, answers: unknown, step: unknown): Promise<{ ok: boolean }> {
  const parsed = z.object({ token: tokenSchema, step: z.string().max(10) }).safeParse({ token, step });
  if (!parsed.success) return { ok: false };
  return saveDraftByToken(parsed.data.token, answers, parsed.data.step);
}

/** Validates with the questionnaire's schema, triages and stores, all on the server. */
export async function submitAction(token: unknown, answers: unknown) {
  const parsed = tokenSchema.safeParse(token);
  if (!parsed.success) return { ok: false as const, closed: true as const };
  return submitByToken(parsed.data, answers);
}
