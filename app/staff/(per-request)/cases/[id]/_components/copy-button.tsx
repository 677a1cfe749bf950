"use client";

import { useState } from "react";

/** Copies a contact detail; the status is announced to screen readers. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  return (
    <span className="inline-flex items-center gap-2 print:hidden">
      <button
        type="button"
        onClick={() =>
          navigator.clipboard.writeText(value).then(
            () => setCopied("yes"),
            () => setCopied("no"),
          )
        }
        className="inline-flex min-h-8 min-w-8 items-center rounded border border-slate-400 bg-white px-2 text-sm font-semibold text-slate-900 hover:border-brand-700"
      >
        Copy {label}
      </button>
      <span role="status" className="text-sm text-slate-700">
        {copied === "yes" ? "Copied" : copied === "no" ? "Could not copy: select the text instead" : ""}
      </span>
    </span>
  );
}
