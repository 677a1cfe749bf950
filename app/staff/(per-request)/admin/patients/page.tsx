import type { Metadata } from "next";

import { requireStaff } from "@/lib/auth/require-staff";
import { formatShortWhen } from "@/lib/booking/format";
import { getClinic } from "@/lib/clinic/data";
import { listPossibleSamePatients, type PatientRecord } from "@/lib/patients/data/links";

import { AdminPage } from "../_components/admin-page";
import { PairActions } from "./_components/pair-actions";

export const metadata: Metadata = { title: "Possible same patient" };

function Record({ record, timeZone }: { record: PatientRecord; timeZone: string }) {
  return (
    <dl className="grid grid-cols-[6rem_1fr] gap-x-3 gap-y-1 text-sm">
      <dt className="font-semibold text-slate-900">Name</dt>
      <dd className="break-words text-slate-700">{record.name}</dd>
      <dt className="font-semibold text-slate-900">E-mail</dt>
      <dd className="break-all text-slate-700">{record.email}</dd>
      <dt className="font-semibold text-slate-900">Phone</dt>
      <dd className="text-slate-700">{record.phone}</dd>
      <dt className="font-semibold text-slate-900">Visits</dt>
      <dd className="text-slate-700">
        {record.visits}
        {record.lastVisit ? `, last ${formatShortWhen(record.lastVisit, timeZone)}` : ""}
      </dd>
    </dl>
  );
}

export default async function PossibleSamePatientPage() {
  const actor = await requireStaff({ role: "admin" });
  const [pairs, clinic] = await Promise.all([listPossibleSamePatients(actor), getClinic()]);
  return (
    <AdminPage
      title="Possible same patient"
      intro="Every online booking keeps its own patient record. Records with the same e-mail address are listed here: link them only when you know they are one person, and their visits join one history on the case page. Unlinking undoes it. Both are recorded in the audit log."
    >
      {pairs.length === 0 ? (
        <p className="text-slate-700">No two records share an e-mail address.</p>
      ) : (
        <ul className="space-y-4">
          {pairs.map((pair) => (
            <li key={`${pair.a.id}:${pair.b.id}`} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
              <p className="text-sm font-semibold text-slate-900">{pair.linked ? "Linked" : "Not linked"}</p>
              <div className="mt-2 grid gap-4 sm:grid-cols-2">
                <section aria-label={`First record: ${pair.a.name}`} className="rounded-lg bg-slate-50 p-3">
                  <Record record={pair.a} timeZone={clinic.timeZone} />
                </section>
                <section aria-label={`Second record: ${pair.b.name}`} className="rounded-lg bg-slate-50 p-3">
                  <Record record={pair.b} timeZone={clinic.timeZone} />
                </section>
              </div>
              <div className="mt-3">
                <PairActions
                  a={pair.a.id}
                  b={pair.b.id}
                  linked={pair.linked}
                  label={`${pair.a.name}, ${pair.a.phone} and ${pair.b.name}, ${pair.b.phone}`}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
    </AdminPage>
  );
}
