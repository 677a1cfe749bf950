import { formatWhen, zoneLabel } from "@/lib/booking/format";

import { withdrawConsentAction } from "../actions";

/**
 * The patient's consent for their sent questionnaire, and the one button that
 * withdraws it: as easy to take back as it was to give.
 */
export function ConsentSection({
  token,
  withdrawnAt,
  timeZone,
}: {
  token: string;
  withdrawnAt: Date | null;
  timeZone: string;
}) {
  return (
    <section aria-labelledby="consent-heading" className="mt-10 rounded-xl border border-slate-300 p-5">
      <h2 id="consent-heading" className="text-xl font-bold text-slate-900">
        Your answers and your consent
      </h2>
      {withdrawnAt ? (
        <p className="mt-2 text-slate-900" data-testid="consent-state">
          You withdrew your consent on {formatWhen(withdrawnAt, timeZone)} ({zoneLabel(timeZone)}). The clinic no longer
          uses your answers for any new purpose and leaves them out of what it exports or shares.
        </p>
      ) : (
        <>
          <p className="mt-2 text-slate-700">
            When you sent your questionnaire you agreed that the clinic may use your answers to plan your care. You can
            withdraw that consent at any time. The clinic will then not use your answers for any new purpose and will
            leave them out of what it exports or shares; the record of care you have already had is kept, as the law on
            health records requires.
          </p>
          <form action={withdrawConsentAction} className="mt-4">
            <input type="hidden" name="token" value={token} />
            <button
              type="submit"
              className="inline-flex min-h-11 items-center rounded-lg border-2 border-slate-700 px-5 font-semibold text-slate-900 hover:bg-slate-50"
            >
              Withdraw my consent
            </button>
          </form>
        </>
      )}
    </section>
  );
}
