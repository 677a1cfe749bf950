import type { z } from "zod";

/** What every admin server action answers: success (with extras), or errors by field path. */
export type FormResult<T extends object = object> = ({ ok: true } & T) | { ok: false; fieldErrors: Record<string, string> };

/** A refusal the domain decides (e-mail taken, wrong current password), reported beside a field. */
export class FieldRefusal extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Zod issues as { "days.0.ranges.1.end": "…" }, the first message per field, matching react-hook-form's names. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[issue.path.join(".") || "form"] ??= issue.message;
  return fields;
}

/**
 * The body of a thin server action: parse with the form's schema, run the
 * domain call, and turn a FieldRefusal into a field error. Anything else is a
 * real failure and is thrown (the form shows its generic message).
 */
export async function handleForm<S extends z.ZodType, T extends object = object>(
  schema: S,
  input: unknown,
  run: (data: z.output<S>) => Promise<T | void>,
): Promise<FormResult<T>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    const extra = await run(parsed.data);
    return { ok: true, ...(extra ?? ({} as T)) };
  } catch (error) {
    if (error instanceof FieldRefusal) return { ok: false, fieldErrors: { [error.field]: error.message } };
    throw error;
  }
}
