import type { Section } from "@/lib/intake/question-types";
import { STEPS, type Step } from "@/lib/intake/steps";

/** "Step 3 of 9", a bar, and the steps by name on wider screens. */
export function StepProgress({ step, sections }: { step: Step; sections: readonly Section[] }) {
  const index = STEPS.indexOf(step);
  return (
    <nav aria-label="Progress">
      <p className="text-sm font-semibold text-slate-700">
        Step {index + 1} of {STEPS.length}
      </p>
      <div className="mt-2 h-2 w-full rounded-full bg-slate-200" aria-hidden="true">
        <div className="h-2 rounded-full bg-brand-700" style={{ width: `${((index + 1) / STEPS.length) * 100}%` }} />
      </div>
      <ol className="mt-2 hidden flex-wrap gap-x-3 text-sm text-slate-700 sm:flex">
        {STEPS.map((s, i) => (
          <li
            key={s}
            aria-current={s === step ? "step" : undefined}
            className={s === step ? "font-semibold text-brand-800" : ""}
          >
            {i < index ? "✓ " : ""}
            {s === "review" ? "Check answers" : sections.find((x) => x.id === s)!.title}
          </li>
        ))}
      </ol>
    </nav>
  );
}
