import Link from "next/link";

import { intakeStatusLabel, type IntakeState } from "@/lib/staff/schedule-schemas";

import { DispositionBadge } from "@/app/staff/_components/disposition-badge";

/** Where the booking's questionnaire stands; a submitted one links to its case. */
export function IntakeStatus({ intake, patientName }: { intake: IntakeState; patientName: string }) {
  const label = intakeStatusLabel(intake);
  if (intake.kind !== "submitted") {
    return <span className={intake.kind === "none" ? "text-slate-700" : "font-semibold text-slate-800"}>{label}</span>;
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span className="font-semibold text-slate-900">{label}</span>
      <Link
        href={`/staff/cases/${intake.intakeId}`}
        className="inline-flex min-h-11 items-center gap-1 rounded-lg px-1 font-semibold text-brand-800 underline hover:text-brand-900"
      >
        {intake.disposition ? <DispositionBadge disposition={intake.disposition} /> : null}
        <span>
          Open case<span className="sr-only"> for {patientName}</span>
        </span>
      </Link>
    </span>
  );
}
