import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { formatDuration, formatTime, formatWhen, zoneLabel } from "@/lib/booking/format";
import { telHref } from "@/lib/clinic/contact";
import { getClinic } from "@/lib/clinic/data";
import { readOffer } from "@/lib/waitlist/read";

import { acceptOfferAction, declineOfferAction } from "./actions";

// The address holds the offer's token: keep it out of search engines (rendered per request, so no-store).
export const metadata: Metadata = { title: "A time has come free", robots: { index: false, follow: false } };

const BUTTON = "inline-flex min-h-11 items-center rounded-lg px-5 font-semibold";

/**
 * Opened from the offer e-mail. Opening it changes nothing (mail scanners open
 * links): only "Book this time" or "Let it go", each a POST, does.
 */
export default async function OfferPage({ params, searchParams }: PageProps<"/waitlist/offers/[token]">) {
  const { token } = await params;
  const offer = await readOffer(token);
  if (!offer) notFound();
  const clinic = await getClinic();
  const zone = clinic.timeZone;
  const busy = (await searchParams).problem === "busy";
  const time = (
    <p
      className="mt-6 rounded-xl border border-brand-100 bg-brand-50 p-4 text-lg text-slate-900"
      data-testid="offered-time"
    >
      <strong>{offer.typeName}</strong> ({formatDuration(offer.minutes)}) with {offer.therapistName} on{" "}
      <strong>{formatWhen(offer.startsAt, zone)}</strong> ({zoneLabel(zone)})
    </p>
  );
  const phone = (
    <a href={telHref(clinic.phone)} className="font-semibold text-brand-800 underline">
      {clinic.phone}
    </a>
  );

  if (offer.status === "open") {
    return (
      <div className="mx-auto max-w-2xl px-4 py-10">
        <h1 className="text-3xl font-bold text-slate-900">A time has come free for you</h1>
        {time}
        <p className="mt-4 text-lg text-slate-700">
          We are holding it for you until <strong>{formatTime(offer.heldUntil, zone)}</strong> ({zoneLabel(zone)}).
          After that it goes to the next person waiting.
        </p>
        {busy && (
          <p role="alert" className="mt-4 rounded-xl border-2 border-amber-600 bg-amber-50 p-4 text-slate-900">
            We have had a lot of bookings from your connection in the last hour, so this was not booked. Please try
            again in a few minutes, or call us on {phone}.
          </p>
        )}
        <div className="mt-8 flex flex-wrap gap-4">
          <form action={acceptOfferAction}>
            <input type="hidden" name="token" value={token} />
            <button type="submit" className={`${BUTTON} bg-brand-700 text-white hover:bg-brand-800`}>
              Book this time
            </button>
          </form>
          <form action={declineOfferAction}>
            <input type="hidden" name="token" value={token} />
            <button type="submit" className={`${BUTTON} border-2 border-brand-700 text-brand-800 hover:bg-brand-50`}>
              I can&apos;t make it: let it go
            </button>
          </form>
        </div>
        <p className="mt-6 text-slate-700">
          If you let it go, you stay on the waitlist, and we will e-mail you if another time comes free.
        </p>
      </div>
    );
  }

  const [heading, body] =
    offer.status === "accepted"
      ? ["You have booked this time", "Your confirmation e-mail has your link to change or cancel the appointment."]
      : offer.status === "declined"
        ? [
            "You let this time go",
            "It has gone to the next person waiting. You are still on the waitlist: we will e-mail you if another time comes free.",
          ]
        : [
            "Sorry, this time is no longer held for you",
            "The 30 minutes to book it have passed, so it went to the next person waiting. You are still on the waitlist: we will e-mail you if another time comes free.",
          ];
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-3xl font-bold text-slate-900">{heading}</h1>
      {time}
      <p className="mt-4 text-lg text-slate-700">{body}</p>
      <p className="mt-6 text-slate-700">
        <Link href="/book" className="font-semibold text-brand-800 underline">
          See the times free now
        </Link>{" "}
        or call us on {phone}.
      </p>
    </div>
  );
}
