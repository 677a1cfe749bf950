import Link from "next/link";

/** The same answer for a case that does not exist and one this user may not see. */
export default function StaffNotFound() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-16">
      <p className="text-sm font-semibold text-brand-800">Error 404</p>
      <h1 className="mt-2 text-2xl font-bold text-slate-900">Not found</h1>
      <p className="mt-3 text-slate-700">There is nothing at this address that you can open.</p>
      <Link href="/staff" className="mt-6 inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
        Back to the queue
      </Link>
    </div>
  );
}
