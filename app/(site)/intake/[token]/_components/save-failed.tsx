/** A save that did not reach the clinic: nothing is lost (the browser keeps it), and a way to try again. */
export function SaveFailed({ clinicPhone, onRetry }: { clinicPhone: string; onRetry: () => void }) {
  return (
    <div role="alert" className="mt-4 rounded-xl border-2 border-amber-600 bg-amber-50 p-4 text-slate-900">
      <p className="font-semibold">We could not reach the clinic&apos;s system just now.</p>
      <p className="mt-1">
        Nothing is lost: your answers are kept on this device. Check your connection and try again, or call us on{" "}
        {clinicPhone}.
      </p>
      <button
        type="button"
        onClick={onRetry}
        className="mt-3 min-h-11 rounded-lg border border-amber-700 px-4 font-semibold"
      >
        Try again
      </button>
    </div>
  );
}
