import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { formatWhen, zoneLabel } from "@/lib/booking/format";
import { getClinic } from "@/lib/clinic/data";
import { openIntake } from "@/lib/intake/intake";
import { outcomeFor } from "@/lib/intake/outcome";
import { SECTION_IDS } from "@/lib/intake/question-types";
import { areaQuestionFor } from "@/lib/intake/regions";

import { IntakeForm } from "./_components/intake-form";
import { IntakeOutcome } from "./_components/intake-outcome";

export const metadata: Metadata = { title: "Your questionnaire", robots: { index: false, follow: false } };

export default async function IntakePage({ params }: PageProps<"/intake/[token]">) {
  const { token } = await params;
  const intake = await openIntake(token);
  if (!intake) notFound();
  const clinic = await getClinic();
  const appointment = {
    when: `${formatWhen(intake.startsAt, clinic.timeZone)} (${zoneLabel(clinic.timeZone)})`,
    typeName: intake.typeName,
    therapistName: intake.therapistName,
  };

  if (intake.bookingStatus === "cancelled") {
    return (
      <div className="mx-auto max-w-2xl px-4 py-14">
        <h1 className="text-3xl font-bold text-slate-900">This appointment was cancelled</h1>
        <p className="mt-4 text-lg text-slate-700">
          So its questionnaire is closed. If you book again, you will get a new link. Questions? Call us on{" "}
          {clinic.phone}.
        </p>
      </div>
    );
  }
  if (intake.status === "submitted" && intake.disposition) {
    return (
      <div className="mx-auto max-w-3xl px-4 py-10">
        <h1 className="text-3xl font-bold text-slate-900">Your questionnaire</h1>
        <p className="mt-2 text-lg text-slate-700">
          You have already sent your answers. They can no longer be changed here: if something has changed, call us on{" "}
          {clinic.phone}.
        </p>
        <IntakeOutcome
          outcome={outcomeFor(intake.disposition, intake.flagIds)}
          appointment={appointment}
          clinicPhone={clinic.phone}
        />
      </div>
    );
  }

  // Region and area from the condition page the patient booked from, unless they have answered already.
  const initial: Record<string, unknown> = { ...intake.answers };
  if (initial.region === undefined && intake.region) initial.region = intake.region;
  const areaQuestion = areaQuestionFor(intake.region);
  if (areaQuestion && initial[areaQuestion] === undefined && intake.area) initial[areaQuestion] = [intake.area];
  const steps: string[] = [...SECTION_IDS, "review"];
  const step = intake.draftStep && steps.includes(intake.draftStep) ? intake.draftStep : "A";

  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold text-slate-900">Before your appointment</h1>
      <p className="mt-2 text-lg text-slate-700">
        A few questions about your problem for your {intake.typeName.toLowerCase()} on {appointment.when}. It takes
        about 10 minutes. Your answers are saved as you go.
      </p>
      <IntakeForm
        token={token}
        timeZone={clinic.timeZone}
        initial={initial}
        initialStep={step as (typeof SECTION_IDS)[number] | "review"}
        serverSavedAt={intake.draftSavedAt?.getTime() ?? null}
        clinicPhone={clinic.phone}
        appointment={appointment}
      />
    </div>
  );
}
