const VARIANTS = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-slate-500 bg-white text-slate-900 hover:border-brand-700",
} as const;

interface Props {
  pending: boolean;
  label: string;
  pendingLabel: string;
  variant?: keyof typeof VARIANTS;
}

/** A form's submit button: 44 px tall, disabled and relabelled while the form is being sent. */
export function SubmitButton({ pending, label, pendingLabel, variant = "primary" }: Props) {
  return (
    <button
      type="submit"
      disabled={pending}
      className={`inline-flex min-h-11 items-center rounded-lg px-5 font-semibold disabled:opacity-70 ${VARIANTS[variant]}`}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
