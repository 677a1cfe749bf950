import type { InputHTMLAttributes, Ref } from "react";

import { describedBy, fieldClass, Label } from "./form-parts";

interface Props extends InputHTMLAttributes<HTMLInputElement> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled input with its hint and error beside it, both tied in with aria-describedby. */
export function TextField({ id, label, hint, error, className = "", ...input }: Props) {
  return (
    <div className={className}>
      <Label id={id} label={label} hint={hint} error={error} />
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={fieldClass}
        {...input}
      />
    </div>
  );
}
