import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

import type { ActionResult, FormError } from "@/lib/forms/action-result";

export const FAILED_MESSAGE = "Saving did not work. Nothing you typed is lost: check your connection and try again.";

/**
 * Puts the server's field errors beside their fields (focusing the first) and
 * returns the ones no field of this form shows, for a message above it.
 */
export function applyFieldErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  errors: Record<string, string>,
  fields: readonly string[],
): string[] {
  const orphans: string[] = [];
  let first = true;
  for (const [path, message] of Object.entries(errors)) {
    if (fields.some((field) => path === field || path.startsWith(`${field}.`))) {
      setError(path as Path<T>, { message }, { shouldFocus: first });
      first = false;
    } else {
      orphans.push(message);
    }
  }
  return orphans;
}

/**
 * Sends a form (or a button's input) through its server action and returns the
 * success reply. Otherwise the field errors go beside the form's fields, and
 * `onProblem` gets the action's form-level refusal if it has one, else a text:
 * the field errors no field shows, or FAILED_MESSAGE when the server could not
 * be reached or failed. It then returns null; nothing typed is lost.
 */
export async function sendForm<V extends FieldValues, R extends object, E extends FormError = never>(
  send: () => Promise<ActionResult<R, E>>,
  form: { setError: UseFormSetError<V>; fields: readonly string[] } | null,
  onProblem: (problem: string | E) => void,
): Promise<({ ok: true } & R) | null> {
  let result: ActionResult<R, E>;
  try {
    result = await send();
  } catch {
    onProblem(FAILED_MESSAGE);
    return null;
  }
  if (result.ok) return result;
  const errors = result.fieldErrors;
  const unshown = form ? applyFieldErrors(form.setError, errors, form.fields) : Object.values(errors);
  if (result.formError) onProblem(result.formError);
  else if (unshown.length) onProblem(unshown.join(" "));
  return null;
}
