import { telHref } from "@/lib/clinic/contact";
import { getClinic } from "@/lib/clinic/data";

export async function SiteFooter() {
  const clinic = await getClinic();
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 text-slate-700">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:grid-cols-3">
        <div>
          <p className="font-semibold text-slate-900">{clinic.name}</p>
          <address className="mt-2 not-italic">{clinic.address}</address>
        </div>
        <div>
          <p className="font-semibold text-slate-900">Contact us</p>
          <p className="mt-2">
            Phone:{" "}
            <a href={telHref(clinic.phone)} className="text-brand-800 underline">
              {clinic.phone}
            </a>
          </p>
          <p>
            Email:{" "}
            <a href={`mailto:${clinic.email}`} className="text-brand-800 underline">
              {clinic.email}
            </a>
          </p>
        </div>
        <div>
          <p className="font-semibold text-slate-900">In an emergency</p>
          <p className="mt-2">Call 999 or go to A&amp;E. For urgent advice that is not an emergency, call NHS 111.</p>
        </div>
      </div>
    </footer>
  );
}
