import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

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
