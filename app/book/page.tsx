import type { Metadata } from "next";

import { listServices, type ServiceSummary } from "@/lib/booking/data";
import { formatDuration, formatPrice } from "@/lib/booking/format";
import { telHref } from "@/lib/clinic/contact";
import { getClinic } from "@/lib/clinic/data";

import { OfflineNotice } from "../_components/offline-notice";

export const metadata: Metadata = { title: "Book an appointment" };

// Online booking (choose a time, confirmation, manage links) lands in its own
// issue; until then this page confirms the chosen service and how to book.
export default async function BookPage({ searchParams }: PageProps<"/book">) {
  const { type } = await searchParams;
  const clinic = await getClinic();
  const services: ServiceSummary[] | null = await listServices().catch(() => null);
  const chosen = services?.find((service) => service.slug === type);

  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="text-3xl font-bold text-slate-900">Book an appointment</h1>
      {chosen && (
        <p className="mt-4 rounded-lg border border-brand-100 bg-brand-50 p-4 text-lg text-slate-900" data-testid="chosen-service">
          You chose: <strong>{chosen.name}</strong> ({formatDuration(chosen.minutes)},{" "}
          {formatPrice(chosen.priceMinor, chosen.currency)}).
        </p>
      )}
      <p className="mt-6 text-lg text-slate-700">
        To book, call us on{" "}
        <a href={telHref(clinic.phone)} className="font-semibold text-brand-800 underline">
          {clinic.phone}
        </a>{" "}
        or email{" "}
        <a href={`mailto:${clinic.email}`} className="font-semibold text-brand-800 underline">
          {clinic.email}
        </a>
        . We will find a time that suits you.
      </p>
      <h2 className="mt-10 text-xl font-semibold text-slate-900">Our services</h2>
      {services ? (
        <ul className="mt-4 divide-y divide-slate-200 rounded-xl border border-slate-200">
          {services.map((service) => (
            <li key={service.slug} className="flex flex-wrap justify-between gap-2 p-4">
              <span className="font-semibold text-slate-900">{service.name}</span>
              <span className="text-slate-700">
                {formatDuration(service.minutes)} · {formatPrice(service.priceMinor, service.currency)}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <OfflineNotice clinic={clinic} what="Our list of services" />
      )}
    </div>
  );
}
