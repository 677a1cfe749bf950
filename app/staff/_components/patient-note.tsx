// What a patient typed at booking ("Anything you would like us to know?"),
// shown as a quotation under a label that says whose words they are: nobody
// at the clinic has checked or edited them. Neutral colours, so it never reads
// as a disposition.

export const PATIENT_NOTE_LABEL = "Patient’s note, in their own words";

/** The note as a schedule entry shows it: label and quotation, compact. */
export function PatientNote({ note }: { note: string }) {
  return (
    <figure data-testid="patient-note" className="mt-2 border-l-4 border-slate-400 bg-slate-50 px-3 py-2">
      <figcaption className="text-sm font-semibold text-slate-800">{PATIENT_NOTE_LABEL}</figcaption>
      <blockquote className="mt-1 text-sm break-words whitespace-pre-wrap text-slate-900">{note}</blockquote>
    </figure>
  );
}

/** The note as the case page shows it: its own section, saying where it came from. */
export function PatientNoteSection({ note }: { note: string | null }) {
  if (!note) return null;
  return (
    <section aria-labelledby="patient-note-heading" className="mt-6 rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="patient-note-heading" className="text-lg font-bold text-slate-900">
        {PATIENT_NOTE_LABEL}
      </h2>
      <p className="text-sm text-slate-700">
        Typed when booking, in answer to “Anything you would like us to know?” Not checked by the clinic.
      </p>
      <blockquote
        data-testid="patient-note"
        className="mt-3 border-l-4 border-slate-400 bg-slate-50 px-3 py-2 break-words whitespace-pre-wrap text-slate-900"
      >
        {note}
      </blockquote>
    </section>
  );
}
