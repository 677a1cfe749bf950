import { conditionName } from "@/lib/staff/case-answers";
import type { CaseView } from "@/lib/staff/data/case";
import { formatShortWhen } from "@/lib/booking/format";
import { LEVEL_MEANING } from "@/lib/triage/rule-types";

import { DISPOSITION_LABELS, DispositionBadge } from "@/app/staff/_components/disposition-badge";

/** Urgency and flags first, then suspected conditions: the order a clinician thinks in. */
export function CaseTriage({ triage, timeZone }: { triage: CaseView["triage"]; timeZone: string }) {
  return (
    <>
      <section aria-labelledby="triage-heading" className="mt-6 rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="triage-heading" className="text-lg font-bold text-slate-900">
          Disposition and flags
        </h2>
        <p className="mt-1 text-slate-800">
          <strong>{DISPOSITION_LABELS[triage.effective]}:</strong> {LEVEL_MEANING[triage.effective]}
        </p>
        {triage.override ? (
          <div className="mt-2 rounded-lg border-l-4 border-slate-500 bg-slate-50 p-3 text-sm text-slate-900">
            <p>
              <strong>Overridden</strong> to {DISPOSITION_LABELS[triage.override.disposition]} by{" "}
              {triage.override.by ?? "a former staff member"}, {formatShortWhen(triage.override.at, timeZone)}: “
              {triage.override.reason}”
            </p>
            <p className="mt-1">
              Computed by the triage rules (version {triage.rulesVersion}):{" "}
              <DispositionBadge disposition={triage.computed} />
            </p>
            {triage.overrides.length > 1 ? (
              <>
                <h3 className="mt-2 font-bold">Every override, oldest first</h3>
                <ol className="mt-1 list-decimal space-y-1 pl-5">
                  {triage.overrides.map((o) => (
                    <li key={o.id}>
                      {DISPOSITION_LABELS[o.from]} to {DISPOSITION_LABELS[o.to]} by {o.by ?? "a former staff member"},{" "}
                      {formatShortWhen(o.at, timeZone)}: “{o.reason}”
                    </li>
                  ))}
                </ol>
              </>
            ) : null}
          </div>
        ) : (
          <p className="mt-1 text-sm text-slate-700">Computed by the triage rules, version {triage.rulesVersion}.</p>
        )}
        {triage.flags.length === 0 ? (
          <p className="mt-3 text-slate-700">No red flag fired.</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {triage.flags.map((flag) => (
              <li key={flag.id} className="flex flex-wrap items-start gap-2">
                <DispositionBadge disposition={flag.level} />
                <span className="text-slate-900">
                  {flag.reason} <span className="text-xs text-slate-600">({flag.id})</span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="suspected-heading" className="mt-6 rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="suspected-heading" className="text-lg font-bold text-slate-900">
          Suspected conditions
        </h2>
        {triage.suspected.length === 0 ? (
          <p className="mt-2 text-slate-700">No condition pattern reached the threshold.</p>
        ) : (
          <ol className="mt-2 space-y-3">
            {triage.suspected.map((s) => (
              <li key={s.condition}>
                <p className="font-semibold text-slate-900">
                  {conditionName(s.condition)}{" "}
                  <span className="font-normal text-slate-700">({Math.round(s.score * 100)}% of criteria met)</span>
                </p>
                <ul className="ml-5 list-disc text-sm text-slate-800">
                  {s.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
        <p className="mt-3 text-sm text-slate-700">
          Scores: pain now {triage.scores.painNow}/10, worst pain {triage.scores.painWorst}/10, PSFS{" "}
          {triage.scores.psfs}/10.
        </p>
      </section>
    </>
  );
}
