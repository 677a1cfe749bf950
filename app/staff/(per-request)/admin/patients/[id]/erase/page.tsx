import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { requireStaff } from "@/lib/auth/require-staff";
import { formatShortWhen } from "@/lib/booking/format";
import { getClinic } from "@/lib/clinic/data";
import { readPatientToErase } from "@/lib/patients/data/rights";

import { AdminPage } from "../../../_components/admin-page";
import { EraseForm } from "./_components/erase-form";

export const metadata: Metadata = { title: "Erase a patient" };

/** Erasure on a patient's request (UK GDPR Article 17), where the law allows it. */
export default async function ErasePatientPage({ params }: PageProps<"/staff/admin/patients/[id]/erase">) {
  const actor = await requireStaff({ role: "admin" });
  const patient = await readPatientToErase(actor, (await params).id);
  if (!patient) notFound();
  const { timeZone } = await getClinic();
  const back = patient.latestCaseId ? (
    <Link href={`/staff/cases/${patient.latestCaseId}`} className="font-semibold text-brand-800 underline">
      Back to the case
    </Link>
  ) : null;
  return (
    <AdminPage
      title={patient.erasedAt ? "Patient erased" : `Erase ${patient.name}?`}
      trail={[{ href: "/staff/admin/patients", label: "Patients" }]}
    >
      {patient.erasedAt ? (
        <p className="text-lg text-slate-900" data-testid="erased">
          Erased on {formatShortWhen(patient.erasedAt, timeZone)}. {back}
        </p>
      ) : (
        <>
          <p className="max-w-prose text-slate-900">
            <strong>This cannot be undone.</strong> Check first that the law allows it: health records are usually kept
            for 8 years after the last appointment, and a patient&apos;s request to erase them can be refused while they
            are needed for their care or by law.
          </p>
          <div className="mt-4 grid max-w-3xl gap-4 sm:grid-cols-2">
            <div>
              <h2 className="font-bold text-slate-900">Removed</h2>
              <ul className="mt-1 list-disc pl-5 text-slate-700">
                <li>Name, e-mail, phone and date of birth</li>
                <li>Every free-text answer and the note typed at booking</li>
                <li>The text of staff notes on their cases</li>
                <li>Their manage and questionnaire links, and waitlist places</li>
                <li>Appointments still to come (cancelled) and e-mails not yet sent</li>
              </ul>
            </div>
            <div>
              <h2 className="font-bold text-slate-900">Kept</h2>
              <ul className="mt-1 list-disc pl-5 text-slate-700">
                <li>Appointment times and attendance ({patient.appointments} in all)</li>
                <li>Dispositions, triage flags and scores</li>
                <li>The audit trail, which names no patient details</li>
              </ul>
            </div>
          </div>
          <EraseForm patientId={patient.id} />
          <p className="mt-4">{back}</p>
        </>
      )}
    </AdminPage>
  );
}
