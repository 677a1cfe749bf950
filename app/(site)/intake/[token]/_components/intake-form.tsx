"use client";

import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { Controller, useForm, useWatch, type FieldErrors, type Resolver } from "react-hook-form";

import { browserDraftWins, readBrowserDraft, storedBrowserDraft } from "@/lib/intake/browser-draft";
import { formatAnswer } from "@/lib/intake/format-answer";
import { SECTION_IDS, type Section, type SectionId } from "@/lib/intake/question-types";
import { QUESTIONS, SECTIONS as SECTION_DATA } from "@/lib/intake/questionnaire";
import { sectionSchema } from "@/lib/intake/schema";
import { visibleQuestions } from "@/lib/intake/visibility";

import { sendForm } from "@/app/_components/send-form";
import { saveDraftAction, submitAction } from "../actions";
import type { PatientOutcome } from "@/lib/intake/outcome";
import { IntakeOutcome, type Appointment } from "./intake-outcome";
import { QuestionField } from "./question-field";

type Answers = Record<string, unknown>;
const subscribeNever = () => () => {};
type Step = SectionId | "review";
const STEPS: Step[] = [...SECTION_IDS, "review"];
const SECTIONS: readonly Section[] = SECTION_DATA;
const QUESTION_IDS: readonly string[] = QUESTIONS.map((q) => q.id);

interface Props {
  token: string;
  timeZone: string;
  initial: Answers;
  initialStep: Step;
  /** When the server saved the draft it sent as `initial` (epoch ms); null when it has none. */
  serverSavedAt: number | null;
  clinicPhone: string;
  appointment: Appointment;
}

/**
 * The questionnaire one section at a time. Each step is checked with that
 * section's schema (built from the questionnaire), saved to the server, and kept
 * in this browser between steps, so a reload, a closed tab or a failed request
 * loses nothing.
 */
export function IntakeForm({ token, timeZone, initial, initialStep, serverSavedAt, clinicPhone, appointment }: Props) {
  const storageKey = `stride-intake-${token.slice(0, 12)}`;
  // A newer copy kept in this browser (a save that never reached us) wins over the server's;
  // an older one (the patient went on on another device since) does not.
  const hydrated = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
  const localCopy = useSyncExternalStore(
    subscribeNever,
    () => localStorage.getItem(storageKey),
    () => null,
  );
  const restored = useMemo(() => {
    const local = readBrowserDraft(localCopy);
    if (!browserDraftWins(local, serverSavedAt) || !STEPS.includes(local.step as Step)) return null;
    return { answers: local.answers, step: local.step as Step };
  }, [localCopy, serverSavedAt]);
  const [chosenStep, setStep] = useState<Step | null>(null);
  const step: Step = chosenStep ?? restored?.step ?? initialStep;
  const [saveFailed, setSaveFailed] = useState(false);
  const [outcome, setOutcome] = useState<PatientOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const clock = useMemo(() => ({ now: new Date(), timeZone }), [timeZone]);
  const section = step === "review" ? null : step;
  // This step's schema, built from the questionnaire (the server checks the whole set again on submit).
  const resolver: Resolver<Answers> = async (values) => {
    if (!section) return { values, errors: {} };
    const parsed = sectionSchema(section, clock).safeParse(values);
    if (parsed.success) return { values, errors: {} };
    const errors: FieldErrors<Answers> = {};
    for (const issue of parsed.error.issues)
      errors[String(issue.path[0])] ??= { type: "custom", message: issue.message };
    return { values: {}, errors };
  };
  const form = useForm<Answers>({ defaultValues: initial, resolver, shouldFocusError: true });
  const answers = useWatch({ control: form.control }) as Answers;
  const visible = visibleQuestions(answers, clock);

  const restoredOnce = useRef(false);
  useEffect(() => {
    if (!restored || restoredOnce.current) return;
    restoredOnce.current = true;
    form.reset(restored.answers);
  }, [form, restored]);

  useEffect(() => headingRef.current?.focus(), [step]);

  const index = STEPS.indexOf(step);
  const go = async (next: Step) => {
    const all = form.getValues();
    localStorage.setItem(storageKey, storedBrowserDraft(all, next));
    setStep(next);
    if (
      await sendForm(
        () => saveDraftAction(token, all, next),
        null,
        () => setSaveFailed(true),
      )
    )
      setSaveFailed(false);
  };
  const onNext = form.handleSubmit(() => go(STEPS[index + 1]!));

  // The server checks every answer again: its errors are kept on their questions,
  // listed on the review step and shown beside each question when the patient goes back to it.
  const submit = async () => {
    setBusy(true);
    form.clearErrors();
    const fields = { setError: form.setError, fields: QUESTION_IDS };
    const sent = await sendForm(
      () => submitAction(token, form.getValues()),
      fields,
      () => setSaveFailed(true),
    );
    setBusy(false);
    if (!sent) return;
    localStorage.removeItem(storageKey);
    setOutcome(sent.outcome);
  };
  const submitErrors = section
    ? []
    : Object.entries(form.formState.errors).flatMap(([questionId, error]) =>
        error?.message ? [{ questionId, message: String(error.message) }] : [],
      );

  if (outcome) return <IntakeOutcome outcome={outcome} appointment={appointment} clinicPhone={clinicPhone} />;
  const title = section ? SECTIONS.find((s) => s.id === section)!.title : "Check your answers";
  const intro = section
    ? SECTIONS.find((s) => s.id === section)!.intro
    : "Check everything is right, then send your answers to the clinic.";

  return (
    <div className="mt-6" data-hydrated={hydrated}>
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
              {s === "review" ? "Check answers" : SECTIONS.find((x) => x.id === s)!.title}
            </li>
          ))}
        </ol>
      </nav>
      {saveFailed && (
        <div role="alert" className="mt-4 rounded-xl border-2 border-amber-600 bg-amber-50 p-4 text-slate-900">
          <p className="font-semibold">We could not reach the clinic&apos;s system just now.</p>
          <p className="mt-1">
            Nothing is lost: your answers are kept on this device. Check your connection and try again, or call us on{" "}
            {clinicPhone}.
          </p>
          <button
            type="button"
            onClick={() => go(step)}
            className="mt-3 min-h-11 rounded-lg border border-amber-700 px-4 font-semibold"
          >
            Try again
          </button>
        </div>
      )}
      <h2 ref={headingRef} tabIndex={-1} className="mt-6 text-2xl font-bold text-slate-900 outline-none">
        {title}
      </h2>
      {intro && <p className="mt-2 text-lg text-slate-700">{intro}</p>}

      {section ? (
        <form onSubmit={onNext} noValidate>
          {visible
            .filter((q) => q.section === section)
            .map((q) => (
              <Controller
                key={q.id}
                name={q.id}
                control={form.control}
                render={({ field, fieldState }) => (
                  <QuestionField
                    question={q}
                    value={field.value}
                    onChange={field.onChange}
                    error={fieldState.error?.message}
                    inputRef={field.ref}
                  />
                )}
              />
            ))}
          <div className="mt-10 flex flex-wrap gap-3">
            {index > 0 && (
              <button
                type="button"
                onClick={() => go(STEPS[index - 1]!)}
                className="min-h-11 rounded-lg border border-slate-400 px-5 font-semibold text-slate-900"
              >
                Back
              </button>
            )}
            <button
              type="submit"
              className="min-h-11 rounded-lg bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800"
            >
              Next
            </button>
          </div>
        </form>
      ) : (
        <div>
          {submitErrors.length > 0 && (
            <div role="alert" className="mt-4 rounded-xl border-2 border-red-700 bg-red-50 p-4">
              <p className="font-semibold text-slate-900">Please fix these answers first:</p>
              <ul className="mt-2 list-disc pl-6">
                {submitErrors.map((e) => (
                  <li key={e.questionId}>{e.message}</li>
                ))}
              </ul>
            </div>
          )}
          {SECTIONS.map((s) => (
            <section
              key={s.id}
              aria-labelledby={`review-${s.id}`}
              className="mt-6 rounded-xl border border-slate-200 p-4"
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 id={`review-${s.id}`} className="text-lg font-semibold text-slate-900">
                  {s.title}
                </h3>
                <button type="button" onClick={() => go(s.id)} className="min-h-11 text-brand-800 underline">
                  Change<span className="sr-only"> {s.title}</span>
                </button>
              </div>
              <dl className="mt-2 space-y-2">
                {visible
                  .filter((q) => q.section === s.id)
                  .map((q) => (
                    <div key={q.id}>
                      <dt className="font-semibold text-slate-800">{q.text}</dt>
                      <dd className="text-slate-700">{formatAnswer(q, answers[q.id])}</dd>
                    </div>
                  ))}
              </dl>
            </section>
          ))}
          <div className="mt-8 flex flex-wrap gap-3">
            <button
              type="button"
              onClick={() => go(STEPS[index - 1]!)}
              className="min-h-11 rounded-lg border border-slate-400 px-5 font-semibold text-slate-900"
            >
              Back
            </button>
            <button
              type="button"
              onClick={submit}
              disabled={busy}
              className="min-h-11 rounded-lg bg-brand-700 px-6 font-semibold text-white disabled:opacity-70"
            >
              {busy ? "Sending…" : "Send my answers"}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
