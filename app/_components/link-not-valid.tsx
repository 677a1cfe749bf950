import { telHref } from "@/lib/clinic/contact";
import { getClinic } from "@/lib/clinic/data";

/** One answer for every link that does not open anything: it says nothing about why. */
export async function LinkNotValid() {
  const clinic = await getClinic();
  return (
    <div className="mx-auto max-w-2xl px-4 py-20">
      <h1 className="text-3xl font-bold text-slate-900">This link is not valid</h1>
      <p className="mt-4 text-lg text-slate-700">
        Please check that you used the whole link from your e-mail. If it still does not work, call us on{" "}
        <a href={telHref(clinic.phone)} className="font-semibold text-brand-800 underline">
          {clinic.phone}
        </a>{" "}
        or e-mail{" "}
        <a href={`mailto:${clinic.email}`} className="font-semibold text-brand-800 underline">
          {clinic.email}
        </a>
        .
      </p>
    </div>
  );
}
