import { BOOKING_SAFETY_SCREEN } from "@/lib/triage/rules";

import type { BookState } from "./book-href";

/**
 * One short question before a patient confirms a time: is any of these true
 * right now? The list is the emergency rules' own patient wording. A plain GET
 * form, so it works without JavaScript.
 */
export function SafetyScreen({ state }: { state: BookState }) {
  return (
    <form method="get" action="/book" className="mt-8 max-w-2xl" aria-labelledby="safety-heading">
      {(["type", "therapist", "start", "region", "area"] as const).map((key) =>
        state[key] ? <input key={key} type="hidden" name={key} value={state[key]} /> : null,
      )}
      <fieldset>
        <legend id="safety-heading" className="text-2xl font-bold text-slate-900">
          Before you book: is any of these true for you right now?
        </legend>
        <ul className="mt-4 list-disc space-y-2 pl-6 text-lg text-slate-900" data-testid="safety-list">
          {BOOKING_SAFETY_SCREEN.map((item) => (
            <li key={item.ruleId}>{item.text}</li>
          ))}
        </ul>
        <div className="mt-6 space-y-3">
          <label className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-slate-300 px-4 text-lg">
            <input type="radio" name="safety" value="yes" required className="size-5" />
            Yes, one or more of these
          </label>
          <label className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-slate-300 px-4 text-lg">
            <input type="radio" name="safety" value="none" required className="size-5" />
            No, none of these
          </label>
        </div>
      </fieldset>
      <button
        type="submit"
        className="mt-6 inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800"
      >
        Continue
      </button>
    </form>
  );
}
