import { formatAnswer } from "@/lib/intake/format-answer";
import type { QuestionDef, Section, SectionId } from "@/lib/intake/question-types";

interface Props {
  sections: readonly Section[];
  visible: readonly QuestionDef[];
  answers: Record<string, unknown>;
  /** The server's errors on sending, by question. */
  errors: { questionId: string; message: string }[];
  busy: boolean;
  onChange: (section: SectionId) => void;
  onBack: () => void;
  onSend: () => void;
}

/** Every answer by section, each with a way back to change it, and the button that sends them. */
export function ReviewStep({ sections, visible, answers, errors, busy, onChange, onBack, onSend }: Props) {
  return (
    <div>
      {errors.length > 0 && (
        <div role="alert" className="mt-4 rounded-xl border-2 border-red-700 bg-red-50 p-4">
          <p className="font-semibold text-slate-900">Please fix these answers first:</p>
          <ul className="mt-2 list-disc pl-6">
            {errors.map((e) => (
              <li key={e.questionId}>{e.message}</li>
            ))}
          </ul>
        </div>
      )}
      {sections.map((s) => (
        <section key={s.id} aria-labelledby={`review-${s.id}`} className="mt-6 rounded-xl border border-slate-200 p-4">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h3 id={`review-${s.id}`} className="text-lg font-semibold text-slate-900">
              {s.title}
            </h3>
            <button type="button" onClick={() => onChange(s.id)} className="min-h-11 text-brand-800 underline">
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
          onClick={onBack}
          className="min-h-11 rounded-lg border border-slate-400 px-5 font-semibold text-slate-900"
        >
          Back
        </button>
        <button
          type="button"
          onClick={onSend}
          disabled={busy}
          className="min-h-11 rounded-lg bg-brand-700 px-6 font-semibold text-white disabled:opacity-70"
        >
          {busy ? "Sending…" : "Send my answers"}
        </button>
      </div>
    </div>
  );
}
