import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { requireStaff } from "@/lib/auth/require-staff";
import { listTherapists } from "@/lib/booking/data/catalogue";
import { formatShortWhen, zoneLabel } from "@/lib/booking/format";
import { getClinic } from "@/lib/clinic/data";
import { answerGroups, dateOfBirthLine } from "@/lib/staff/case-answers";
import { getCase } from "@/lib/staff/data/case";

import { DispositionBadge } from "@/app/staff/_components/disposition-badge";
import { PatientNoteSection } from "@/app/staff/_components/patient-note";
import { CaseAnswers } from "./_components/case-answers";
import { CaseHistory } from "./_components/case-history";
import { CaseTriage } from "./_components/case-triage";
import { CopyButton } from "./_components/copy-button";
import { EmergencyCardShown } from "./_components/emergency-card-shown";
import { MoveBookingForm } from "./_components/move-booking-form";
import { NoteForm } from "./_components/note-form";
import { OverrideForm } from "./_components/override-form";
import { ReviewButton } from "./_components/review-button";
import { PatientRights } from "./_components/patient-rights";

// The title names no patient: browser history and tab titles are not private.
export const metadata: Metadata = { title: "Case" };

const BOOKING_STATUS: Record<string, string> = {
  booked: "Booked",
  cancelled: "Cancelled",
  completed: "Attended",
  no_show: "Did not attend",
};

export default async function CasePage({ params }: PageProps<"/staff/cases/[id]">) {
  const actor = await requireStaff();
  const { id } = await params;
  const found = await getCase(actor, id);
  if (!found) notFound();
  const [clinic, therapists] = await Promise.all([
    getClinic(),
    actor.role === "admin" ? listTherapists() : Promise.resolve([]),
  ]);
  const { patient, booking, triage } = found;
  // Ages as triage counted them: on the clinic's calendar on the day the answers were sent.
  const sent = { now: found.submittedAt, timeZone: clinic.timeZone };
  const groups = answerGroups(found.answers, sent);
  const born = dateOfBirthLine(found.answers, sent);

  return (
    <article className="mx-auto max-w-5xl px-4 py-6 print:max-w-none print:p-0">
      <header className="rounded-xl border border-slate-200 bg-white p-4">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold text-slate-900">{patient.name}</h1>
          <DispositionBadge disposition={triage.effective} size="lg" />
        </div>
        <p className="mt-1 text-slate-800">
          {booking.typeName} with {booking.therapistName}, {formatShortWhen(booking.startsAt, clinic.timeZone)} (
          {zoneLabel(clinic.timeZone)}) · {BOOKING_STATUS[booking.status] ?? booking.status}
        </p>
        <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-2">
          {born ? (
            <div className="flex flex-wrap items-center gap-2 sm:col-span-2">
              <dt className="font-semibold">Date of birth</dt>
              <dd>{born}</dd>
            </div>
          ) : null}
          {patient.email ? (
            <div className="flex flex-wrap items-center gap-2">
              <dt className="font-semibold">E-mail</dt>
              <dd className="flex flex-wrap items-center gap-2 break-all">
                {patient.email} <CopyButton value={patient.email} label="e-mail" />
              </dd>
            </div>
          ) : null}
          {patient.phone ? (
            <div className="flex flex-wrap items-center gap-2">
              <dt className="font-semibold">Phone</dt>
              <dd className="flex flex-wrap items-center gap-2">
                {patient.phone} <CopyButton value={patient.phone} label="phone" />
              </dd>
            </div>
          ) : null}
        </dl>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <a
            href={`/staff/api/cases/${found.id}/fhir`}
            download
            className="inline-flex min-h-11 items-center rounded-lg border border-brand-700 px-4 font-semibold text-brand-800 print:hidden"
          >
            Download FHIR<span className="sr-only"> record of this case</span>
          </a>
          {triage.reviewed ? (
            <p className="font-semibold text-slate-800">
              Reviewed by {triage.reviewed.by ?? "a former staff member"},{" "}
              {formatShortWhen(triage.reviewed.at, clinic.timeZone)}
            </p>
          ) : (
            <>
              <p className="font-semibold text-red-800">Not reviewed yet</p>
              <ReviewButton intakeId={found.id} />
            </>
          )}
        </div>
      </header>

      {found.consentWithdrawnAt ? (
        <p
          role="note"
          className="mt-6 rounded-xl border-2 border-amber-600 bg-amber-50 p-4 font-semibold text-slate-900"
          data-testid="consent-withdrawn"
        >
          Consent withdrawn on {formatShortWhen(found.consentWithdrawnAt, clinic.timeZone)}: do not use for new
          purposes. The answers are left out of exports.
        </p>
      ) : null}
      <EmergencyCardShown card={found.emergencyCard} timeZone={clinic.timeZone} />
      <CaseTriage triage={triage} timeZone={clinic.timeZone} />
      <PatientNoteSection note={booking.patientNote} />

      <CaseHistory history={found.history} timeZone={clinic.timeZone} />
      <CaseAnswers groups={groups} />

      <section aria-labelledby="notes-heading" className="mt-6 rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="notes-heading" className="text-lg font-bold text-slate-900">
          Clinical notes
        </h2>
        {found.notes.length === 0 ? <p className="mt-2 text-slate-700">No notes yet.</p> : null}
        <ol className="mt-2 space-y-3">
          {found.notes.map((note) => (
            <li key={note.id} className="rounded-lg border border-slate-200 p-3">
              <p className="whitespace-pre-wrap text-slate-900">
                {note.body || <em className="text-slate-700">Text erased with the patient&apos;s details</em>}
              </p>
              <p className="mt-1 text-sm text-slate-700">
                {note.author}, {formatShortWhen(note.createdAt, clinic.timeZone)}
              </p>
            </li>
          ))}
        </ol>
        <NoteForm intakeId={found.id} />
      </section>

      <section
        aria-labelledby="override-heading"
        className="mt-6 rounded-xl border border-slate-200 bg-white p-4 print:hidden"
      >
        <h2 id="override-heading" className="text-lg font-bold text-slate-900">
          Override the disposition
        </h2>
        <p className="text-sm text-slate-700">The computed disposition stays on record beside yours.</p>
        <div className="mt-3">
          <OverrideForm intakeId={found.id} current={triage.effective} />
        </div>
        {actor.role === "admin" ? (
          <div className="mt-6 border-t border-slate-200 pt-4">
            <MoveBookingForm intakeId={found.id} currentTherapistId={booking.therapistId} therapists={therapists} />
          </div>
        ) : null}
      </section>
      {actor.role === "admin" ? (
        <PatientRights patientId={patient.id} erased={found.erased} timeZone={clinic.timeZone} />
      ) : null}
    </article>
  );
}
