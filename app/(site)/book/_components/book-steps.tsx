const STEPS = ["Service", "Therapist", "Day and time", "Your details"] as const;

/** Where the patient is in booking; the current step is announced as such. */
export function BookSteps({ current }: { current: 1 | 2 | 3 | 4 }) {
  return (
    <nav aria-label="Booking steps" className="mt-4">
      <ol className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {STEPS.map((label, index) => {
          const step = index + 1;
          return (
            <li
              key={label}
              aria-current={step === current ? "step" : undefined}
              className={
                step === current ? "font-semibold text-brand-800" : step < current ? "text-slate-700" : "text-slate-600"
              }
            >
              <span aria-hidden="true">{step < current ? "✓ " : `${step}. `}</span>
              {label}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
