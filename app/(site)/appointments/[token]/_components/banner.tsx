const TONES = {
  success: "border-green-700 bg-green-50",
  info: "border-slate-500 bg-slate-50",
  warning: "border-amber-600 bg-amber-50",
} as const;

/** A status message announced to screen readers when the page loads with it. */
export function Banner({
  tone,
  title,
  children,
}: {
  tone: keyof typeof TONES;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <div role="status" className={`mb-6 rounded-xl border-2 p-4 text-slate-900 ${TONES[tone]}`}>
      <p className="text-lg font-bold">{title}</p>
      <p className="mt-1">{children}</p>
    </div>
  );
}
