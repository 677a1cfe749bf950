import type { Metadata } from "next";
import Link from "next/link";

import { listServices, listTherapists, type ServiceSummary } from "@/lib/booking/data/catalogue";
import { findSlots } from "@/lib/booking/find-slots";
import { formatDuration, formatPrice, formatWhen, zoneLabel } from "@/lib/booking/format";
import { findWeekSlots } from "@/lib/booking/week-slots";
import type { WeekView } from "@/lib/booking/week-view";
import { addDays, isDateInRange, localDateOf, todayIn } from "@/lib/calendar/dates";
import { getClinic } from "@/lib/clinic/data";
import { REGIONS } from "@/lib/intake/regions";
import { isUuid } from "@/lib/uuid";

import { OfflineNotice } from "@/app/_components/offline-notice";
import { ZoneNote } from "@/app/_components/patient-zone-time";
import { WeekSlots } from "@/app/_components/week-slots";
import { bookHref, type BookState } from "./_components/book-href";
import { BookSteps } from "./_components/book-steps";
import { CareCard } from "@/app/_components/care-card";
import { issueFormStamp } from "@/lib/booking/form-stamp";

import { DetailsForm } from "./_components/details-form";
import { SafetyScreen } from "./_components/safety-screen";
import { ServiceStep } from "./_components/service-step";
import { TherapistStep, type TherapistChoice } from "./_components/therapist-step";

export const metadata: Metadata = { title: "Book an appointment" };

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/**
 * Booking in four steps, each a plain address (/book?type=…&therapist=…&week=…&start=…),
 * so choosing a time works with links alone. Region and area from a condition
 * page ride along into the booking and then its questionnaire.
 */
export default async function BookPage({ searchParams }: PageProps<"/book">) {
  const sp = await searchParams;
  const clinic = await getClinic();
  const formStamp = issueFormStamp();
  const region = REGIONS.find((r) => r === one(sp.region));
  const area = region && /^[a-z_]{1,40}$/.test(one(sp.area) ?? "") ? one(sp.area) : undefined;
  const carry: BookState = { region, area };
  const services: ServiceSummary[] | null = await listServices().catch(() => null);
  const service = services?.find((s) => s.slug === one(sp.type));
  const safety = one(sp.safety);
  const therapist = one(sp.therapist) === "any" || isUuid(one(sp.therapist) ?? "") ? one(sp.therapist) : undefined;

  const view = await loadView({
    services,
    service,
    therapist,
    start: one(sp.start),
    week: one(sp.week),
    timeZone: clinic.timeZone,
  });
  const state: BookState = { ...carry, type: service?.slug, therapist };
  const step = view.kind === "therapist" ? 2 : view.kind === "time" ? 3 : view.kind === "details" ? 4 : 1;
  let body: React.ReactNode;
  switch (view.kind) {
    case "offline":
      body = <OfflineNotice clinic={clinic} what="Online booking" />;
      break;
    case "service":
      body = <ServiceStep services={view.services} carry={carry} />;
      break;
    case "therapist":
      body = <TherapistStep choices={view.choices} state={state} timeZone={clinic.timeZone} />;
      break;
    case "time":
      body = <TimeStep view={view} state={state} timeZone={clinic.timeZone} />;
      break;
    case "details":
      body = (
        <>
          {safety === "yes" && (
            <div className="mt-8">
              <CareCard level="emergency" reasons={[]} clinicPhone={clinic.phone}>
                <p className="mt-6">
                  <Link
                    href={bookHref({ ...state, start: view.start.toISOString(), safety: "checked" })}
                    className="text-brand-800 underline"
                  >
                    I have already been checked by a doctor about this: continue booking
                  </Link>
                </p>
              </CareCard>
            </div>
          )}
          {safety !== "yes" && (
            <>
              <p
                className="mt-8 rounded-xl border border-brand-100 bg-brand-50 p-4 text-lg text-slate-900"
                data-testid="chosen-time"
              >
                <strong>{service!.name}</strong> with {view.therapistName} on{" "}
                <strong>{formatWhen(view.start, clinic.timeZone)}</strong> ({zoneLabel(clinic.timeZone)}).{" "}
                <Link
                  href={bookHref({ ...state, week: localDateOf(view.start, clinic.timeZone) })}
                  className="font-semibold text-brand-800 underline"
                >
                  Change time
                </Link>
              </p>
              {safety === "none" || safety === "checked" ? (
                <DetailsForm
                  // A new stamp (another time chosen) is a new form: its wait for the minimum fill time starts again.
                  key={formStamp}
                  state={{
                    ...state,
                    type: service!.slug,
                    therapist: therapist!,
                    start: view.start.toISOString(),
                    safety,
                  }}
                  clinicPhone={clinic.phone}
                  clinicZone={clinic.timeZone}
                  formStamp={formStamp}
                />
              ) : (
                <SafetyScreen state={{ ...state, start: view.start.toISOString() }} />
              )}
            </>
          )}
        </>
      );
      break;
  }

  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <h1 className="text-3xl font-bold text-slate-900">Book an appointment</h1>
      <BookSteps current={step} />
      {service && (
        <p className="mt-4 text-slate-700" data-testid="chosen-service">
          You chose: <strong>{service.name}</strong> ({formatDuration(service.minutes)},{" "}
          {formatPrice(service.priceMinor, service.currency)}).{" "}
          <Link href={bookHref(carry)} className="font-semibold text-brand-800 underline">
            Change service
          </Link>
        </p>
      )}
      {body}
    </div>
  );
}

type View =
  | { kind: "offline" }
  | { kind: "service"; services: ServiceSummary[] }
  | { kind: "therapist"; choices: TherapistChoice[] }
  | { kind: "time"; week: WeekView | null; starts: string[] }
  | { kind: "details"; start: Date; therapistName: string };

/** The data for the step the address asks for; any database failure becomes the offline notice. */
async function loadView(p: {
  services: ServiceSummary[] | null;
  service?: ServiceSummary;
  therapist?: string;
  start?: string;
  week?: string;
  timeZone: string;
}): Promise<View> {
  if (!p.services) return { kind: "offline" };
  if (!p.service) return { kind: "service", services: p.services };
  const today = todayIn(p.timeZone);
  try {
    if (!p.therapist) {
      const result = await findSlots(
        { type: p.service.slug, therapist: "any", from: today, to: addDays(today, 13) },
        { everyTherapist: true },
      );
      const choices = result.ok
        ? result.therapists.map((t) => ({
            ...t,
            nextFree: result.slots.find((s) => s.therapistId === t.id)?.start ?? null,
          }))
        : [];
      return { kind: "therapist", choices };
    }
    if (!p.start || Number.isNaN(Date.parse(p.start))) {
      const week = p.week && isDateInRange(p.week) ? p.week : undefined;
      const result = await findWeekSlots({ type: p.service.slug, therapist: p.therapist }, { today, week });
      return result.ok
        ? { kind: "time", week: result.week, starts: result.slots.map((s) => s.start.toISOString()) }
        : { kind: "time", week: null, starts: [] };
    }
    const therapistName =
      p.therapist === "any"
        ? "the first available therapist"
        : ((await listTherapists()).find((t) => t.id === p.therapist)?.displayName ?? "your therapist");
    return { kind: "details", start: new Date(p.start), therapistName };
  } catch {
    return { kind: "offline" };
  }
}

function TimeStep({
  view,
  state,
  timeZone,
}: {
  view: Extract<View, { kind: "time" }>;
  state: BookState;
  timeZone: string;
}) {
  const { week } = view;
  if (!week) {
    return (
      <p className="mt-8 text-lg text-slate-900">
        That therapist does not offer this appointment.{" "}
        <Link href={bookHref({ ...state, therapist: undefined })} className="font-semibold text-brand-800 underline">
          Choose another therapist
        </Link>
        .
      </p>
    );
  }
  return (
    <section aria-labelledby="time-heading" className="mt-8">
      <h2 id="time-heading" className="text-2xl font-bold text-slate-900">
        Choose a day and time
      </h2>
      <ZoneNote clinicZone={timeZone} label={zoneLabel(timeZone)} />
      <WeekSlots
        timeZone={timeZone}
        dates={week.dates}
        starts={view.starts}
        hrefFor={(iso) => bookHref({ ...state, start: iso })}
        previousHref={week.previousWeek ? bookHref({ ...state, week: week.previousWeek }) : null}
        nextHref={week.nextWeek ? bookHref({ ...state, week: week.nextWeek }) : null}
      />
      <p className="mt-8 rounded-xl border border-slate-300 p-4 text-lg text-slate-900">
        No time that suits you?{" "}
        <Link
          href={`/waitlist?${new URLSearchParams({ type: state.type ?? "", therapist: state.therapist ?? "any", from: week.dates[0] ?? "" })}`}
          className="font-semibold text-brand-800 underline"
        >
          Tell me if a time comes free
        </Link>
      </p>
    </section>
  );
}
