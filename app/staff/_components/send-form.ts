import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

import { FAILED_MESSAGE } from "@/app/staff/_components/form-parts";
import type { FormResult } from "@/lib/staff/form-result";

/**
 * Puts the server's field errors beside their fields (focusing the first) and
 * returns the ones no field of this form shows, for a message above it.
 */
export function applyFieldErrors<T extends FieldValues>(setError: UseFormSetError<T>, errors: Record<string, string>, fields: readonly string[]): string[] {
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
 * Sends a form through its server action and returns the success reply. Otherwise
 * the field errors go beside their fields, anything else (or a server that could
 * not be reached) goes to `onProblem`, and it returns null; nothing typed is lost.
 */
export async function sendForm<T extends FieldValues, R extends object>(
  send: () => Promise<FormResult<R>>,
  setError: UseFormSetError<T>,
  fields: readonly string[],
  onProblem: (text: string) => void,
): Promise<({ ok: true } & R) | null> {
  try {
    const result = await send();
    if (result.ok) return result;
    const other = applyFieldErrors(setError, result.fieldErrors, fields);
    if (other.length) onProblem(other.join(" "));
  } catch {
    onProblem(FAILED_MESSAGE);
  }
  return null;
}
