import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { formatWhen, zoneLabel } from "@/lib/booking/format";
import { getClinic } from "@/lib/clinic/data";
import { LINK_LIFETIME_DAYS } from "@/lib/intake/closing";
import { openIntake, storedOutcome } from "@/lib/intake/intake";
import { areaQuestionFor } from "@/lib/intake/regions";
import { parseStep, reachableStep } from "@/lib/intake/steps";

import { IntakeForm } from "./_components/intake-form";
import { IntakeOutcome } from "./_components/intake-outcome";

export const metadata: Metadata = { title: "Your questionnaire", robots: { index: false, follow: false } };

export default async function IntakePage({ params, searchParams }: PageProps<"/intake/[token]">) {
  const { token } = await params;
  // The step in the address (?step=C): only a known one, and only once the sections before it are answered.
  const askedStep = parseStep((await searchParams).step);
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
  const outcome = intake.status === "submitted" ? await storedOutcome(intake) : null;
  if (outcome) {
    const sent = (
      <p className="mt-2 text-lg text-slate-700">
        You have already sent your answers. They can no longer be changed here: if something has changed, call us on{" "}
        {clinic.phone}.
      </p>
    );
    // A care card comes first, as right after sending; a thank-you under the page's own heading.
    const card = outcome.disposition === "emergency" || outcome.disposition === "urgent";
    return (
      <div className="mx-auto max-w-3xl px-4 py-10">
        {!card && <h1 className="text-3xl font-bold text-slate-900">Your questionnaire</h1>}
        {!card && sent}
        <IntakeOutcome outcome={outcome} appointment={appointment} clinicPhone={clinic.phone} />
        {card && <div className="mt-6">{sent}</div>}
      </div>
    );
  }

  if (intake.closed) {
    return (
      <div className="mx-auto max-w-2xl px-4 py-14">
        <h1 className="text-3xl font-bold text-slate-900">This questionnaire has closed</h1>
        <p className="mt-4 text-lg text-slate-700">
          {intake.closed === "ended"
            ? `It was for your ${intake.typeName.toLowerCase()} on ${appointment.when}, which has now passed.`
            : `Questionnaire links work for ${LINK_LIFETIME_DAYS} days after booking.`}{" "}
          Answers can no longer be sent here. Questions? Call us on {clinic.phone}.
        </p>
      </div>
    );
  }

  // Region and area from the condition page the patient booked from, unless they have answered already.
  const initial: Record<string, unknown> = { ...intake.answers };
  if (initial.region === undefined && intake.region) initial.region = intake.region;
  const areaQuestion = areaQuestionFor(intake.region);
  if (areaQuestion && initial[areaQuestion] === undefined && intake.area) initial[areaQuestion] = [intake.area];
  const clock = { now: new Date(), timeZone: clinic.timeZone };
  const step = reachableStep(askedStep ?? parseStep(intake.draftStep) ?? "A", initial, clock);

  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <IntakeForm
        token={token}
        timeZone={clinic.timeZone}
        initial={initial}
        initialStep={step}
        serverSavedAt={intake.draftSavedAt?.getTime() ?? null}
        clinicPhone={clinic.phone}
        appointment={appointment}
        intro={
          <>
            <h1 className="text-3xl font-bold text-slate-900">Before your appointment</h1>
            <p className="mt-2 text-lg text-slate-700">
              A few questions about your problem for your {intake.typeName.toLowerCase()} on {appointment.when}. It
              takes about 10 minutes. Your answers are saved as you go.
            </p>
          </>
        }
      />
    </div>
  );
}
