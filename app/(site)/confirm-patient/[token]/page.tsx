import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { formatWhen, zoneLabel } from "@/lib/booking/format";
import { getClinic } from "@/lib/clinic/data";
import { readLinkOffer } from "@/lib/patients/data/confirm-link";

import { confirmPatientAction } from "./actions";

// The address holds the link's token: keep it out of search engines. The page is
// rendered per request (it reads the token), so Next.js sends it with no-store.
export const metadata: Metadata = { title: "Link your visits", robots: { index: false, follow: false } };

/**
 * Opened from the confirmation e-mail of a booking whose name and e-mail match
 * earlier visits. Opening it changes nothing (mail scanners open links): only
 * the button, a POST, joins the visits.
 */
export default async function ConfirmPatientPage({ params }: PageProps<"/confirm-patient/[token]">) {
  const { token } = await params;
  const offer = await readLinkOffer(token);
  if (!offer) notFound();
  const clinic = await getClinic();
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-3xl font-bold text-slate-900">Have you been to us before?</h1>
      <p className="mt-4 text-lg text-slate-700">
        Earlier visits were booked under the same name and e-mail address as your new appointment. If they were yours,
        link them: your therapist will then see your earlier questionnaires and scores beside your new ones.
      </p>
      {offer.visits.length > 0 ? (
        <>
          <h2 className="mt-6 text-xl font-bold text-slate-900">Earlier visits</h2>
          <ul className="mt-2 list-disc space-y-1 pl-6 text-slate-700">
            {offer.visits.map((visit) => (
              <li key={visit.startsAt.toISOString()}>
                {visit.typeName}, {formatWhen(visit.startsAt, clinic.timeZone)} ({zoneLabel(clinic.timeZone)})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <form action={confirmPatientAction} className="mt-8">
        <input type="hidden" name="token" value={token} />
        <button
          type="submit"
          className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
        >
          Yes, these are my visits: link them
        </button>
      </form>
      <p className="mt-6 text-slate-700">
        Not yours, or not sure? Do nothing: your new appointment is booked either way, and nothing is linked. Questions?
        Call us on {clinic.phone}.
      </p>
    </div>
  );
}
