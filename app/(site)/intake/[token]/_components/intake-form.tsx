"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { Controller, useForm, useWatch, type FieldErrors, type Resolver } from "react-hook-form";

import { CareCard } from "@/app/_components/care-card";
import { sendForm } from "@/app/_components/send-form";
import { useHydrated } from "@/app/_components/use-hydrated";
import { browserDraftWins, readBrowserDraft } from "@/lib/intake/browser-draft";
import type { PatientOutcome } from "@/lib/intake/outcome";
import type { Section } from "@/lib/intake/question-types";
import { QUESTIONS, SECTIONS as SECTION_DATA } from "@/lib/intake/questionnaire";
import { sectionSchema } from "@/lib/intake/schema";
import { parseStep, reachableStep, STEPS, type Step } from "@/lib/intake/steps";
import { visibleQuestions } from "@/lib/intake/visibility";

import { saveDraftAction, submitAction } from "../actions";
import { useInOrder } from "./use-in-order";
import { IntakeOutcome, useShowFirst, type Appointment } from "./intake-outcome";
import { QuestionField } from "./question-field";
import { ReviewStep } from "./review-step";
import { SaveFailed } from "./save-failed";
import { StepProgress } from "./step-progress";
import { useBrowserDraft, useBrowserDraftAtOpen } from "./use-browser-draft";
import { useStepAddress } from "./use-step-address";

type Answers = Record<string, unknown>;
const SECTIONS: readonly Section[] = SECTION_DATA;
const QUESTION_IDS: readonly string[] = QUESTIONS.map((q) => q.id);
/** How long a change of step waits for the server's check of the answers so far. */
const SAVE_WAIT_MS = 1500;
const wait = (ms: number) => new Promise<undefined>((resolve) => setTimeout(resolve, ms));

interface Props {
  token: string;
  timeZone: string;
  initial: Answers;
  /** The step to open on the server's draft (the address's step when the answers allow it). */
  initialStep: Step;
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
  const { token, timeZone, initial, initialStep, serverSavedAt, clinicPhone, appointment } = props;
  const hydrated = useHydrated();
  const clock = useMemo(() => ({ now: new Date(), timeZone }), [timeZone]);
  const storageKey = `stride-intake-${token.slice(0, 12)}`;
  const stored = useBrowserDraftAtOpen(storageKey);
  // A newer copy kept in this browser (answers not yet saved to the server) wins over the server's,
  // with its step (kept with every change, it is where the patient was); an older one (the patient
  // went on on another device since) does not.
  const restored = useMemo(() => {
    const local = readBrowserDraft(stored);
    const localStep = parseStep(local?.step);
    if (!browserDraftWins(local, serverSavedAt) || !localStep) return null;
    return { answers: local.answers, step: reachableStep(localStep, local.answers, clock) };
  }, [stored, serverSavedAt, clock]);
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

  const inOrder = useInOrder();
  /** Saves the answers on a change of step (one save at a time); the server's emergency card, if these answers call for one. */
  const save = async (to: Step, from: Step): Promise<PatientOutcome | null> => {
    const all = form.getValues();
    browser.keep(all, to);
    const saved = await inOrder(() =>
      sendForm(
        () => saveDraftAction(token, all, to, from),
        null,
        () => setSaveFailed(true),
      ),
    );
    if (saved) setSaveFailed(false);
    return saved?.emergency ?? null;
  };
  const pushStep = useStepAddress(loadStep, chosenStep !== null, (to) => {
    const from = step;
    setStep(to);
    void save(to, from).then((card) => card && setEmergency({ outcome: card, next: to }));
  });
  /**
   * A change of step: the address moves at once (a reload now opens where the patient is going),
   * the new step shows once the server has checked the answers so far, or shows the emergency
   * card instead. A slow connection never holds the patient up: after a moment the step shows,
   * and a card the server answers with later still comes.
   */
  const go = async (next: Step) => {
    if (busy) return;
    const from = step;
    pushStep(next);
    setBusy(true);
    const saving = save(next, from);
    const first = await Promise.race([saving, wait(SAVE_WAIT_MS)]);
    setBusy(false);
    const showCard = (card: PatientOutcome | null) => {
      if (!card) return;
      // The patient stays where they were until they say they have been checked.
      browser.keep(form.getValues(), from);
      setEmergency({ outcome: card, next });
    };
    if (first) return showCard(first);
    setStep(next);
    if (first === undefined) void saving.then(showCard);
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
        {saveFailed && <SaveFailed clinicPhone={clinicPhone} onRetry={() => go(step)} />}
        <h2 ref={headingRef} tabIndex={-1} className="mt-6 text-2xl font-bold text-slate-900 outline-none">
          {title}
        </h2>
        {intro && <p className="mt-2 text-lg text-slate-700">{intro}</p>}

        {section ? (
          <form method="post" onSubmit={onNext} noValidate>
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
          <ReviewStep
            sections={SECTIONS}
            visible={visible}
            answers={answers}
            errors={submitErrors}
            busy={busy}
            onChange={(section) => go(section)}
            onBack={() => go(STEPS[index - 1]!)}
            onSend={submit}
          />
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
