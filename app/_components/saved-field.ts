import { type FieldValues, get, type Path, type RegisterOptions, type UseFormRegister } from "react-hook-form";

/**
 * `register`, plus the saved value in the server's HTML. react-hook-form fills a registered
 * field only when the page hydrates, so without it a settings form shows blank boxes while its
 * scripts load. What is typed into an input or chosen in a select before then is kept:
 * react-hook-form keeps a field whose value differs from the HTML's. A textarea is the
 * exception (React sets its text again as it hydrates), so keep one read-only until then.
 */
export function savedField<T extends FieldValues>(register: UseFormRegister<T>, saved: unknown) {
  return (name: Path<T>, options?: RegisterOptions<T, Path<T>>) => {
    const value: unknown = get(saved, name);
    const initial =
      typeof value === "boolean" ? { defaultChecked: value } : { defaultValue: value == null ? "" : String(value) };
    return { ...register(name, options), ...initial };
  };
}
