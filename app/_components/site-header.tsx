import { telHref } from "@/lib/clinic/contact";
import { getClinic } from "@/lib/clinic/data";

export async function SiteHeader() {
  const clinic = await getClinic();
  return (
    <header className="border-b border-slate-200 bg-white">
      {/* The same help line in the same place on every page (WCAG 3.2.6, consistent help). */}
      <div className="bg-brand-900 text-sm text-white">
        <p className="mx-auto max-w-6xl px-4 py-1.5">
          Need help? Call the clinic on{" "}
          <a href={telHref(clinic.phone)} className="font-semibold text-white underline">
            {clinic.phone}
          </a>
        </p>
      </div>
      <nav
        aria-label="Main"
        className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3"
      >
        <a href="/" className="flex min-h-11 items-center gap-2 text-lg font-bold text-brand-900 no-underline">
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className="size-7 text-brand-700"
            fill="none"
            stroke="currentColor"
            strokeWidth="2.2"
            strokeLinecap="round"
            strokeLinejoin="round"
          >
            <path d="M4 18c3-1 5-4 7-8s4-6 9-6" />
            <path d="M4 12c2 0 3.5-1 4.5-2.5" />
          </svg>
          {clinic.name}
        </a>
        <ul className="flex flex-wrap items-center gap-x-5 gap-y-1 text-base">
          <li>
            <a href="/conditions" className="inline-flex min-h-11 items-center text-slate-700 hover:text-brand-800">
              Conditions
            </a>
          </li>
          <li>
            <a href="/#services" className="inline-flex min-h-11 items-center text-slate-700 hover:text-brand-800">
              Services and prices
            </a>
          </li>
          <li>
            <a
              href="/book"
              className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-semibold text-white no-underline hover:bg-brand-800"
            >
              Book an appointment
            </a>
          </li>
        </ul>
      </nav>
    </header>
  );
}
