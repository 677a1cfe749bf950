import Link from "next/link";

import type { CaseView } from "@/lib/staff/data/case";
import { formatShortWhen } from "@/lib/booking/format";

import { DISPOSITION_LABELS } from "@/app/staff/_components/disposition-badge";
import { HistoryChart } from "./history-chart";

export function CaseHistory({ history, timeZone }: { history: CaseView["history"]; timeZone: string }) {
  const points = history.map((h) => ({
    label: new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "short" }).format(h.startsAt),
    painNow: h.painNow,
    painWorst: h.painWorst,
    psfs: h.psfs,
  }));
  return (
    <section aria-labelledby="history-heading" className="mt-6 rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="history-heading" className="text-lg font-bold text-slate-900">
        Progress across questionnaires
      </h2>
      <p className="text-sm text-slate-700">Pain: lower is better. PSFS (function): higher is better.</p>
      {history.length > 1 ? (
        <HistoryChart points={points} />
      ) : (
        <p className="mt-2 text-slate-700">This is the patient’s first questionnaire.</p>
      )}
      {/* Focusable so a keyboard user can scroll it on a narrow screen. */}
      <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label="Scores by appointment">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Scores by appointment</caption>
          <thead>
            <tr className="border-b border-slate-200">
              <th scope="col" className="py-1 pr-3">
                Appointment
              </th>
              <th scope="col" className="py-1 pr-3">
                Pain now
              </th>
              <th scope="col" className="py-1 pr-3">
                Worst
              </th>
              <th scope="col" className="py-1 pr-3">
                PSFS
              </th>
              <th scope="col" className="py-1 pr-3">
                Disposition
              </th>
            </tr>
          </thead>
          <tbody>
            {history.map((h) => (
              <tr key={h.id} className="border-b border-slate-100">
                <td className="py-1 pr-3">
                  {h.current ? (
                    <span>{formatShortWhen(h.startsAt, timeZone)} (this case)</span>
                  ) : (
                    <Link href={`/staff/cases/${h.id}`} className="text-brand-800 underline">
                      {formatShortWhen(h.startsAt, timeZone)}
                    </Link>
                  )}
                </td>
                <td className="py-1 pr-3">{h.painNow}</td>
                <td className="py-1 pr-3">{h.painWorst}</td>
                <td className="py-1 pr-3">{h.psfs}</td>
                <td className="py-1 pr-3">{DISPOSITION_LABELS[h.disposition]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
