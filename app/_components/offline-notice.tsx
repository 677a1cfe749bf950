import { telHref, type PublicContact } from "@/lib/clinic/contact";

/**
 * Said in plain words, rendered on the server (so it shows without JavaScript),
 * when a page needs the database and cannot reach it.
 */
export function OfflineNotice({ clinic, what }: { clinic: PublicContact; what: string }) {
  return (
    <div
      role="status"
      className="mt-6 rounded-xl border-2 border-amber-600 bg-amber-50 p-5 text-slate-900"
      data-testid="offline-notice"
    >
      <h2 className="text-xl font-bold">{what} is not available right now</h2>
      <p className="mt-2 text-lg">
        Our system is having a problem. Please call us on{" "}
        <a href={telHref(clinic.phone)} className="font-semibold text-brand-800 underline">
          {clinic.phone}
        </a>{" "}
        and we will help you straight away, or try again in a few minutes.
      </p>
    </div>
  );
}
