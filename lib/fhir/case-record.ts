import type { CaseView } from "@/lib/staff/data/case";

import type { CaseRecord } from "./case-bundle";

/** The parts of a case the Bundle is made from. */
export function caseRecordOf(view: CaseView): CaseRecord {
  return {
    patient: view.patient,
    booking: {
      id: view.booking.id,
      startsAt: view.booking.startsAt,
      endsAt: view.booking.endsAt,
      status: view.booking.status,
      typeName: view.booking.typeName,
    },
    therapist: { id: view.booking.therapistId, name: view.booking.therapistName },
    intake: {
      id: view.id,
      submittedAt: view.submittedAt,
      answers: view.answers,
      consentWithdrawnAt: view.consentWithdrawnAt,
    },
    triage: {
      id: view.triage.id,
      computed: view.triage.computed,
      effective: view.triage.effective,
      flags: view.triage.flags,
      rulesVersion: view.triage.rulesVersion,
    },
  };
}
