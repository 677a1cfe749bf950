import type { z } from "zod";

/**
 * A refusal of the whole form rather than one of its fields, named by a code the
 * form puts in words; it may carry what the form offers instead (the booking's
 * free times). Each action lists its own, so a form handles exactly those.
 */
export interface FormError {
  reason: string;
}

/** The failed half of an ActionResult: field errors by path (react-hook-form's names), and any form-level refusal. */
export interface ActionFailure<E extends FormError = never> {
  ok: false;
  fieldErrors: Record<string, string>;
  formError?: E;
}

/** What every server action a form (or button) calls answers: success with any extras, or a failure. */
export type ActionResult<T extends object = object, E extends FormError = never> =
  ({ ok: true } & T) | ActionFailure<E>;

/** Where a zod issue with no path (the input as a whole) is reported; no form has a field by this name. */
export const FORM_FIELD = "form";

/**
 * Zod issues as { "days.0.ranges.1.end": "…" }, the first message per field, matching react-hook-form's names.
 * A field a strict object does not know is named itself ("patient.age"), so a misspelt field is found at once.
 */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const paths = issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    for (const path of paths) fields[path.join(".") || FORM_FIELD] ??= issue.message;
  }
  return fields;
}

/** A refusal the domain decides (e-mail taken, wrong current password), reported beside a field. */
export class FieldRefusal extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** A form-level refusal for an action to return from handleForm's callback (not found, clash, just taken). */
export function refuse<E extends FormError>(formError: E): ActionFailure<E> {
  return { ok: false, fieldErrors: {}, formError };
}

function isFailure(value: unknown): value is ActionFailure<FormError> {
  return typeof value === "object" && value !== null && "ok" in value && value.ok === false;
}

/**
 * The body of a thin server action: parse with the form's shared schema, run the
 * domain call, and answer its extras, its refusal (refuse(…)), or a FieldRefusal
 * it threw as a field error. Anything else is a real failure and is thrown (the
 * form shows its generic message).
 */
export async function handleForm<S extends z.ZodType, T extends object = object, E extends FormError = never>(
  schema: S,
  input: unknown,
  run: (data: z.output<S>) => Promise<T | void | ActionFailure<E>>,
): Promise<ActionResult<T, E>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    const outcome = await run(parsed.data);
    if (isFailure(outcome)) return outcome as ActionFailure<E>;
    return { ok: true, ...(outcome ?? ({} as T)) } as { ok: true } & T;
  } catch (error) {
    if (error instanceof FieldRefusal) return { ok: false, fieldErrors: { [error.field]: error.message } };
    throw error;
  }
}
