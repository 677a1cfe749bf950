import { listServices, listTherapists } from "@/lib/booking/data/catalogue";
import { formatDuration, formatPrice } from "@/lib/booking/format";
import { isBuildPhase } from "@/lib/build-phase";
import { getClinic } from "@/lib/clinic/data";
import { conditionPath } from "@/lib/content/condition-links";
import { loadConditions } from "@/lib/content/conditions";

import { ButtonLink } from "@/app/_components/button-link";

// Static, refreshed every few minutes and whenever the clinic's details change.
// If a refresh fails (the database is down), Next.js keeps serving this page as it was.
export const revalidate = 300;

export default async function HomePage() {
  const [[services, therapists], clinic] = await Promise.all([
    Promise.all([listServices(), listTherapists()]).catch((error: unknown) => {
      if (isBuildPhase()) return [[], []] as const;
      throw error;
    }),
    getClinic(),
  ]);
  const conditions = loadConditions();

  return (
    <>
      <section className="bg-gradient-to-b from-brand-50 to-white">
        <div className="mx-auto max-w-6xl px-4 py-14 sm:py-20">
          <p className="text-sm font-semibold tracking-wide text-brand-800 uppercase">{clinic.name}</p>
          <h1 className="mt-3 max-w-3xl text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">
            Sports injury physiotherapy that gets you back to the sport you love
          </h1>
          <p className="mt-5 max-w-2xl text-lg text-slate-700">
            We help runners and field-sport players with knee, hip, groin and heel pain. Book online in a couple of
            minutes, tell us about your problem before you arrive, and we will be ready for you.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <ButtonLink href="/book">Book an appointment</ButtonLink>
            <ButtonLink href="/conditions" variant="secondary">
              Where does it hurt?
            </ButtonLink>
          </div>
        </div>
      </section>

      <section id="services" aria-labelledby="services-heading" className="mx-auto max-w-6xl scroll-mt-4 px-4 py-12">
        <h2 id="services-heading" className="text-2xl font-bold text-slate-900">
          Services and prices
        </h2>
        {services.length === 0 ? (
          <p className="mt-4 text-slate-700">
            Our services are being updated. Please call us on {clinic.phone} to book.
          </p>
        ) : (
          <ul className="mt-6 grid gap-4 sm:grid-cols-2">
            {services.map((service) => (
              <li key={service.slug} className="flex flex-col rounded-xl border border-slate-200 p-5 shadow-sm">
                <h3 className="text-lg font-semibold text-slate-900">{service.name}</h3>
                <p className="mt-1 text-slate-700">
                  <span>{formatDuration(service.minutes)}</span>
                  <span aria-hidden="true"> · </span>
                  <span className="font-semibold text-slate-900">
                    {formatPrice(service.priceMinor, service.currency)}
                  </span>
                </p>
                <p className="mt-3 flex-1 text-slate-700">{service.description}</p>
                <a
                  href={`/book?type=${service.slug}`}
                  className="mt-4 inline-flex min-h-11 items-center font-semibold text-brand-800 underline"
                >
                  Book {service.name.toLowerCase()}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="library-heading" className="bg-slate-50">
        <div className="mx-auto max-w-6xl px-4 py-12">
          <h2 id="library-heading" className="text-2xl font-bold text-slate-900">
            Common problems we treat
          </h2>
          <p className="mt-3 max-w-2xl text-slate-700">
            Plain-English guides: what causes the pain, what you can do today, and when to get urgent help.
          </p>
          <ul className="mt-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {conditions.map((condition) => (
              <li key={condition.slug}>
                <a
                  href={conditionPath(condition.slug)}
                  className="flex min-h-11 items-center rounded-lg border border-slate-200 bg-white px-4 py-3 font-semibold text-brand-800 underline hover:border-brand-700"
                >
                  {condition.title}
                </a>
              </li>
            ))}
          </ul>
          <p className="mt-6">
            <ButtonLink href="/conditions" variant="secondary">
              Browse the condition library
            </ButtonLink>
          </p>
        </div>
      </section>

      {therapists.length > 0 && (
        <section aria-labelledby="team-heading" className="mx-auto max-w-6xl px-4 py-12">
          <h2 id="team-heading" className="text-2xl font-bold text-slate-900">
            Our therapists
          </h2>
          <ul className="mt-6 grid gap-4 md:grid-cols-3">
            {therapists.map((therapist) => (
              <li key={therapist.slug} className="rounded-xl border border-slate-200 p-5">
                <h3 className="text-lg font-semibold text-slate-900">{therapist.displayName}</h3>
                <p className="mt-2 text-slate-700">{therapist.bio}</p>
                <p className="mt-3 text-sm text-slate-700">
                  <span className="font-semibold">Special interests:</span> {therapist.specialities.join(", ")}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
