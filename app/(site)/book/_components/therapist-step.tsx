import Link from "next/link";

import { formatWhen } from "@/lib/booking/format";

import { bookHref, type BookState } from "./book-href";

export interface TherapistChoice {
  id: string;
  displayName: string;
  /** The first free time in the next fortnight, if any. */
  nextFree: Date | null;
}

export function TherapistStep({
  choices,
  state,
  timeZone,
}: {
  choices: TherapistChoice[];
  state: BookState;
  timeZone: string;
}) {
  const earliest =
    choices
      .map((c) => c.nextFree)
      .filter((d): d is Date => d !== null)
      .sort((a, b) => +a - +b)[0] ?? null;
  const next = (date: Date | null) =>
    date ? `Next free: ${formatWhen(date, timeZone)}` : "No free times in the next two weeks";
  const options = [{ id: "any", displayName: "First available therapist", nextFree: earliest }, ...choices];
  return (
    <section aria-labelledby="therapist-heading" className="mt-8">
      <h2 id="therapist-heading" className="text-2xl font-bold text-slate-900">
        Who would you like to see?
      </h2>
      <p className="mt-2 text-slate-700">
        All our therapists are chartered physiotherapists. Choose “first available” for the earliest time.
      </p>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2">
        {options.map((option) => (
          <li key={option.id}>
            <Link
              href={bookHref({ ...state, therapist: option.id, week: undefined, start: undefined })}
              className="flex h-full min-h-11 flex-col rounded-xl border border-slate-200 p-4 hover:border-brand-700"
            >
              <span className="text-lg font-semibold text-brand-800 underline">{option.displayName}</span>
              <span className="mt-1 text-slate-700">{next(option.nextFree)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
