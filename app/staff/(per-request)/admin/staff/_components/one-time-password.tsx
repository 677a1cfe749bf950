/** The one-time password, shown once: only its hash is stored, so it cannot be shown again. */
export function OneTimePassword({ name, password }: { name: string; password: string }) {
  return (
    <div className="mt-2 rounded-lg border-2 border-brand-700 bg-brand-50 p-3">
      <p className="font-semibold text-slate-900">One-time password for {name}</p>
      <p className="mt-1 font-mono text-lg tracking-wide text-slate-900 select-all" data-testid="one-time-password">
        {password}
      </p>
      <p className="mt-1 text-sm text-slate-700">
        Give it to them in person or by phone, not by e-mail. It is shown only now; they must choose their own password
        when they first sign in.
      </p>
    </div>
  );
}
