"use client";

import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { Controller, useForm, useWatch, type FieldErrors, type Resolver } from "react-hook-form";

import { CareCard } from "@/app/_components/care-card";
import { sendForm } from "@/app/_components/send-form";
import { browserDraftWins, readBrowserDraft } from "@/lib/intake/browser-draft";
import { formatAnswer } from "@/lib/intake/format-answer";
import type { PatientOutcome } from "@/lib/intake/outcome";
import type { Section } from "@/lib/intake/question-types";
import { QUESTIONS, SECTIONS as SECTION_DATA } from "@/lib/intake/questionnaire";
import { sectionSchema } from "@/lib/intake/schema";
import { parseStep, reachableStep, STEPS, type Step } from "@/lib/intake/steps";
import { visibleQuestions } from "@/lib/intake/visibility";

import { saveDraftAction, submitAction } from "../actions";
import { IntakeOutcome, useShowFirst, type Appointment } from "./intake-outcome";
import { QuestionField } from "./question-field";
import { StepProgress } from "./step-progress";
import { useBrowserDraft, useBrowserDraftAtOpen } from "./use-browser-draft";
import { useStepAddress } from "./use-step-address";

type Answers = Record<string, unknown>;
const subscribeNever = () => () => {};
const SECTIONS: readonly Section[] = SECTION_DATA;
const QUESTION_IDS: readonly string[] = QUESTIONS.map((q) => q.id);

interface Props {
  token: string;
  timeZone: string;
  initial: Answers;
  /** The step to open on the server's draft (the address's step when the answers allow it). */
  initialStep: Step;
  /** The step the address asked for, if any, for when this browser's copy of the draft is the newer. */
  askedStep: Step | null;
  /** When the server saved the draft it sent as `initial` (epoch ms); null when it has none. */
  serverSavedAt: number | null;
  clinicPhone: string;
  appointment: Appointment;
  /** The page's heading and introduction, which a care card replaces. */
  intro: React.ReactNode;
}

/**
 * The questionnaire one section at a time, each step at its own address. Each step is
 * checked with that section's schema (built from the questionnaire) and saved to the
 * server on every change of step; every answer is kept in this browser as it is made,
 * so a reload, a closed tab or a failed request loses nothing. The server checks the
 * answers so far on each save and answers with the emergency card when they call for it.
 */
export function IntakeForm(props: Props) {
  const { token, timeZone, initial, initialStep, askedStep, serverSavedAt, clinicPhone, appointment } = props;
  const hydrated = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
  const clock = useMemo(() => ({ now: new Date(), timeZone }), [timeZone]);
  const storageKey = `stride-intake-${token.slice(0, 12)}`;
  const stored = useBrowserDraftAtOpen(storageKey);
  // A newer copy kept in this browser (answers not yet saved to the server) wins over the server's;
  // an older one (the patient went on on another device since) does not.
  const restored = useMemo(() => {
    const local = readBrowserDraft(stored);
    const localStep = parseStep(local?.step);
    if (!browserDraftWins(local, serverSavedAt) || !localStep) return null;
    return { answers: local.answers, step: reachableStep(askedStep ?? localStep, local.answers, clock) };
  }, [stored, serverSavedAt, askedStep, clock]);
  const loadStep = restored?.step ?? initialStep;
  const [chosenStep, setStep] = useState<Step | null>(null);
  const step: Step = chosenStep ?? loadStep;
  const form = useForm<Answers>({
    defaultValues: initial,
    resolver: stepResolver(step, clock),
    shouldFocusError: true,
  });
  const browser = useBrowserDraft(storageKey, form, step);
  const [saveFailed, setSaveFailed] = useState(false);
  const [outcome, setOutcome] = useState<PatientOutcome | null>(null);
  // The emergency card shown part-way, and the step the patient was going to.
  const [emergency, setEmergency] = useState<{ outcome: PatientOutcome; next: Step } | null>(null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const cardHeadingRef = useRef<HTMLHeadingElement>(null);
  const answers = useWatch({ control: form.control }) as Answers;
  const visible = visibleQuestions(answers, clock);
  const section = step === "review" ? null : step;

  const restoredOnce = useRef(false);
  useEffect(() => {
    if (!restored || restoredOnce.current) return;
    restoredOnce.current = true;
    form.reset(restored.answers);
  }, [form, restored]);

  useEffect(() => {
    if (!emergency) headingRef.current?.focus();
  }, [step, emergency]);
  useShowFirst(cardHeadingRef, emergency !== null);

  /** Saves the answers on a change of step; the server's emergency card, if these answers call for one. */
  const save = async (to: Step, from: Step): Promise<PatientOutcome | null> => {
    const all = form.getValues();
    browser.keep(all, to);
    const saved = await sendForm(
      () => saveDraftAction(token, all, to, from),
      null,
      () => setSaveFailed(true),
    );
    if (saved) setSaveFailed(false);
    return saved?.emergency ?? null;
  };
  const pushStep = useStepAddress(loadStep, chosenStep !== null, (to) => {
    const from = step;
    setStep(to);
    void save(to, from).then((card) => card && setEmergency({ outcome: card, next: to }));
  });
  const go = async (next: Step) => {
    if (busy) return;
    setBusy(true);
    const card = await save(next, step);
    setBusy(false);
    if (card) return setEmergency({ outcome: card, next });
    setStep(next);
    pushStep(next);
  };
  const index = STEPS.indexOf(step);
  const onNext = form.handleSubmit(() => go(STEPS[index + 1]!));
  const carryOn = () => {
    const next = emergency!.next;
    setEmergency(null);
    setStep(next);
    pushStep(next);
  };

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
    browser.forget();
    setOutcome(sent.outcome);
  };
  const submitErrors = section
    ? []
    : Object.entries(form.formState.errors).flatMap(([questionId, error]) =>
        error?.message ? [{ questionId, message: String(error.message) }] : [],
      );

  if (outcome) return <IntakeOutcome outcome={outcome} appointment={appointment} clinicPhone={clinicPhone} justSent />;
  if (emergency)
    return (
      <CareCard
        level="emergency"
        reasons={emergency.outcome.reasons}
        advice={emergency.outcome.advice}
        clinicPhone={clinicPhone}
        headingRef={cardHeadingRef}
      >
        <p className="mt-6">
          <button type="button" onClick={carryOn} className="min-h-11 text-left text-brand-800 underline">
            I have already been checked by a doctor about this: continue
          </button>
        </p>
      </CareCard>
    );
  const title = section ? SECTIONS.find((s) => s.id === section)!.title : "Check your answers";
  const intro = section
    ? SECTIONS.find((s) => s.id === section)!.intro
    : "Check everything is right, then send your answers to the clinic.";

  return (
    <>
      {props.intro}
      <div className="mt-6" data-hydrated={hydrated}>
        <StepProgress step={step} sections={SECTIONS} />
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
    </>
  );
}

/** This step's schema, built from the questionnaire (the server checks the whole set again on submit). */
function stepResolver(step: Step, clock: { now: Date; timeZone: string }): Resolver<Answers> {
  return async (values) => {
    if (step === "review") return { values, errors: {} };
    const parsed = sectionSchema(step, clock).safeParse(values);
    if (parsed.success) return { values, errors: {} };
    const errors: FieldErrors<Answers> = {};
    for (const issue of parsed.error.issues)
      errors[String(issue.path[0])] ??= { type: "custom", message: issue.message };
    return { values: {}, errors };
  };
}
