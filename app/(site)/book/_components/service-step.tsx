import Link from "next/link";

import type { ServiceSummary } from "@/lib/booking/data/catalogue";
import { formatDuration, formatPrice } from "@/lib/booking/format";

import { bookHref, type BookState } from "./book-href";

export function ServiceStep({ services, carry }: { services: ServiceSummary[]; carry: BookState }) {
  return (
    <section aria-labelledby="service-heading" className="mt-8">
      <h2 id="service-heading" className="text-2xl font-bold text-slate-900">
        What would you like to book?
      </h2>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2">
        {services.map((service) => (
          <li key={service.slug}>
            <Link
              href={bookHref({ ...carry, type: service.slug })}
              className="flex h-full min-h-11 flex-col rounded-xl border border-slate-200 p-4 hover:border-brand-700"
            >
              <span className="text-lg font-semibold text-brand-800 underline">{service.name}</span>
              <span className="mt-1 text-slate-700">
                {formatDuration(service.minutes)} · {formatPrice(service.priceMinor, service.currency)}
              </span>
              <span className="mt-2 text-slate-700">{service.description}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
