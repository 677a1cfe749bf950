import Link from "next/link";

import { formatShortWhen } from "@/lib/booking/format";

const link = "inline-flex min-h-11 items-center rounded-lg border px-4 font-semibold";

/** Admins: the patient's subject-access export and erasure (or when and by whom they were erased). */
export function PatientRights({
  patientId,
  erased,
  timeZone,
}: {
  patientId: string;
  erased: { at: Date; by: string | null } | null;
  timeZone: string;
}) {
  return (
    <section
      aria-labelledby="rights-heading"
      className="mt-6 rounded-xl border border-slate-200 bg-white p-4 print:hidden"
    >
      <h2 id="rights-heading" className="text-lg font-bold text-slate-900">
        The patient&apos;s data
      </h2>
      {erased ? (
        <p className="mt-2 font-semibold text-slate-900" data-testid="erased">
          Erased on {formatShortWhen(erased.at, timeZone)} by {erased.by ?? "the retention schedule"}. Their details and
          free text are gone; appointment times, dispositions and the audit trail are kept.
        </p>
      ) : (
        <p className="mt-1 text-sm text-slate-700">
          For a subject-access request, download everything held about this patient (JSON, with each questionnaire as
          FHIR). Erasure removes their details and free text for good.
        </p>
      )}
      <div className="mt-3 flex flex-wrap gap-3">
        <a
          href={`/staff/api/patients/${patientId}/export`}
          download
          className={`${link} border-brand-700 text-brand-800`}
        >
          Export the patient&apos;s data
        </a>
        {erased ? null : (
          <Link href={`/staff/admin/patients/${patientId}/erase`} className={`${link} border-red-700 text-red-800`}>
            Erase this patient…
          </Link>
        )}
      </div>
    </section>
  );
}
