import Link from "next/link";
import type { ComponentProps } from "react";

const variants = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 shadow-sm",
  secondary: "border border-slate-300 bg-white text-slate-900 hover:border-brand-700 hover:text-brand-800",
} as const;

/** A link styled as a button: at least 44 px tall, as the UI guide asks for primary actions. */
export function ButtonLink({
  variant = "primary",
  className = "",
  ...props
}: ComponentProps<typeof Link> & { variant?: keyof typeof variants }) {
  return (
    <Link
      className={`inline-flex min-h-11 items-center justify-center rounded-lg px-5 py-2.5 text-base font-semibold no-underline transition-colors ${variants[variant]} ${className}`}
      {...props}
    />
  );
}
