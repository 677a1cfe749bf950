import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { formatWhen, zoneLabel } from "@/lib/booking/format";
import { openIntakeLink } from "@/lib/booking/manage";
import { telHref } from "@/lib/clinic/contact";
import { getClinic } from "@/lib/clinic/data";

export const metadata: Metadata = { title: "Your questionnaire", robots: { index: false, follow: false } };

// The questionnaire itself comes with the intake issue; until then the link
// from the confirmation works and says so plainly.
export default async function IntakePage({ params }: PageProps<"/intake/[token]">) {
  const { token } = await params;
  const booking = await openIntakeLink(token);
  if (!booking || booking.status === "cancelled") notFound();
  const clinic = await getClinic();
  return (
    <div className="mx-auto max-w-2xl px-4 py-14">
      <h1 className="text-3xl font-bold text-slate-900">Your pre-appointment questionnaire</h1>
      <p className="mt-4 text-lg text-slate-700">
        Thank you for booking your {booking.type.name.toLowerCase()} on {formatWhen(booking.startsAt, clinic.timeZone)} ({zoneLabel(clinic.timeZone)}).
      </p>
      <p className="mt-4 text-lg text-slate-700">
        Our online questionnaire is coming soon. Keep this link: when it is ready, it will open here. Until then, your
        therapist will ask you everything at your appointment. If something worries you before then, call us on{" "}
        <a href={telHref(clinic.phone)} className="font-semibold text-brand-800 underline">{clinic.phone}</a>.
      </p>
    </div>
  );
}
