"use client";

// Shown when a page fails on the server (for example, the database is down).
// No error detail reaches the patient: it could contain health data.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-2xl px-4 py-20">
      <p className="text-sm font-semibold text-brand-800">Something went wrong</p>
      <h1 className="mt-2 text-3xl font-bold text-slate-900">Sorry, this page didn’t load</h1>
      <p className="mt-4 text-lg text-slate-700">
        This is a problem on our side, not something you did. Please try again in a moment. If it keeps happening, call
        us on the number at the top of this page.
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-8 inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
      >
        Try again
      </button>
    </div>
  );
}
