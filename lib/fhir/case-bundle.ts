import { isCalendarDate } from "@/lib/calendar/dates";
import { QUESTIONNAIRE_VERSION } from "@/lib/intake/questionnaire";
import type { Disposition } from "@/lib/triage/rule-types";

import { questionnaireCanonical } from "./questionnaire";
import { responseItems } from "./questionnaire-response";
import type { FhirResource } from "./types";

/** What a case's Bundle is made from: small plain values, read (and audited) by the data layer. */
export interface CaseRecord {
  patient: { id: string; name: string; email: string; phone: string };
  booking: { id: string; startsAt: Date; endsAt: Date; status: string; typeName: string };
  therapist: { id: string; name: string };
  intake: {
    id: string;
    submittedAt: Date;
    answers: Readonly<Record<string, unknown>>;
    /** Withdrawn consent: the answers are left out (the response says so). */
    consentWithdrawnAt: Date | null;
  };
  triage: {
    id: string;
    computed: Disposition;
    effective: Disposition;
    flags: readonly { id: string; level: string; reason: string }[];
    rulesVersion: number;
  };
}

const ref = (type: string, id: string) => ({ reference: `${type}/${id}` });
const DISPOSITION_SYSTEM = "https://stride.example/fhir/CodeSystem/triage-disposition";
const RULE_SYSTEM = "https://stride.example/fhir/CodeSystem/triage-rule";
const APPOINTMENT_STATUS: Record<string, string> = {
  booked: "booked",
  cancelled: "cancelled",
  completed: "fulfilled",
  no_show: "noshow",
};
const DISPOSITION_TEXT: Record<Disposition, string> = {
  emergency: "Emergency: call 999 or go to A&E now",
  urgent: "Urgent: to be seen by a doctor or nurse today",
  soon: "Soon: to be seen within days",
  routine: "Routine: the booked appointment",
};

/**
 * One case as a FHIR R4 Bundle of type collection: Patient (its id is Stride's
 * patient id), Practitioner, Appointment, QuestionnaireResponse and the triage result
 * as a ClinicalImpression (the disposition, each flag's reason, the rules version).
 */
export function caseBundle(record: CaseRecord, site: URL | string): FhirResource {
  const { patient, booking, therapist, intake, triage } = record;
  const dob = intake.answers.dob;
  const resources: FhirResource[] = [
    {
      resourceType: "Patient",
      id: patient.id,
      name: [{ text: patient.name }],
      // An erased patient has no e-mail or phone, and FHIR JSON has no empty arrays.
      ...(patient.email || patient.phone
        ? {
            telecom: [
              ...(patient.email ? [{ system: "email", value: patient.email }] : []),
              ...(patient.phone ? [{ system: "phone", value: patient.phone }] : []),
            ],
          }
        : {}),
      ...(typeof dob === "string" && isCalendarDate(dob) && !intake.consentWithdrawnAt ? { birthDate: dob } : {}),
    },
    { resourceType: "Practitioner", id: therapist.id, name: [{ text: therapist.name }] },
    {
      resourceType: "Appointment",
      id: booking.id,
      status: APPOINTMENT_STATUS[booking.status] ?? "booked",
      serviceType: [{ text: booking.typeName }],
      start: booking.startsAt.toISOString(),
      end: booking.endsAt.toISOString(),
      participant: [
        { actor: ref("Patient", patient.id), status: "accepted" },
        { actor: ref("Practitioner", therapist.id), status: "accepted" },
      ],
    },
    {
      resourceType: "QuestionnaireResponse",
      id: intake.id,
      questionnaire: questionnaireCanonical(site),
      status: "completed",
      subject: ref("Patient", patient.id),
      authored: intake.submittedAt.toISOString(),
      ...(intake.consentWithdrawnAt
        ? {
            extension: [
              {
                url: "https://stride.example/fhir/StructureDefinition/consent-withdrawn",
                valueDateTime: intake.consentWithdrawnAt.toISOString(),
              },
            ],
          }
        : { item: responseItems(intake.answers) }),
    },
    {
      // The triage result. A ClinicalImpression rather than a RiskAssessment: triage gives
      // no probability, and validators read a RiskAssessment prediction without one as
      // breaking its ras-2 rule.
      resourceType: "ClinicalImpression",
      id: triage.id,
      status: "completed",
      description: "Triage of the pre-appointment questionnaire: how soon the patient needs to be seen",
      subject: ref("Patient", patient.id),
      effectiveDateTime: intake.submittedAt.toISOString(),
      protocol: [`urn:stride:triage-rules:${triage.rulesVersion}`],
      summary: DISPOSITION_TEXT[triage.effective],
      prognosisCodeableConcept: [
        {
          coding: [{ system: DISPOSITION_SYSTEM, code: triage.effective, display: DISPOSITION_TEXT[triage.effective] }],
          text: DISPOSITION_TEXT[triage.effective],
        },
      ],
      // FHIR JSON has no empty arrays: no flags, no finding.
      ...(triage.flags.length
        ? {
            finding: triage.flags.map((f) => ({
              itemCodeableConcept: { coding: [{ system: RULE_SYSTEM, code: f.id }], text: f.reason },
              basis: `Triage rule ${f.id} (${f.level}), rules version ${triage.rulesVersion}`,
            })),
          }
        : {}),
      supportingInfo: [ref("QuestionnaireResponse", intake.id)],
      note: [
        {
          text: `Stride triage rules version ${triage.rulesVersion}, questionnaire version ${QUESTIONNAIRE_VERSION}. Computed disposition: ${triage.computed}; effective disposition (after any clinician override): ${triage.effective}.`,
        },
      ],
    },
  ];
  return {
    resourceType: "Bundle",
    type: "collection",
    timestamp: new Date().toISOString(),
    // RESTful full URLs, so each "Patient/<id>" reference resolves inside the Bundle.
    entry: resources.map((resource) => ({
      fullUrl: new URL(`/fhir/${resource.resourceType as string}/${resource.id as string}`, site).toString(),
      resource,
    })),
  };
}
