import type { Metadata } from "next";
import { connection } from "next/server";

export const metadata: Metadata = { title: "Visits linked", robots: { index: false, follow: false } };

// Under /confirm-patient, so the proxy gives it the strict nonce CSP: a prerendered page
// would carry no nonce on its scripts and stay blank, so it is rendered per request.
export default async function VisitsLinkedPage() {
  await connection();
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-3xl font-bold text-slate-900">Your visits are linked</h1>
      <p className="mt-4 text-lg text-slate-700">
        Thank you. Your therapist will see your earlier visits beside your new appointment. If this was a mistake, call
        the clinic and we will undo it.
      </p>
    </div>
  );
}
