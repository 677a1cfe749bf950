import type { ComponentProps } from "react";

const variants = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 shadow-sm",
  secondary: "border border-slate-300 bg-white text-slate-900 hover:border-brand-700 hover:text-brand-800",
} as const;

/**
 * A link styled as a button: at least 44 px tall, as the UI guide asks for primary actions.
 * A plain link: these sit on static public pages, where next/link's prefetching of every
 * link in view costs a phone more main-thread time than the next page's static HTML does.
 */
export function ButtonLink({
  variant = "primary",
  className = "",
  ...props
}: ComponentProps<"a"> & { href: string } & { variant?: keyof typeof variants }) {
  return (
    <a
      className={`inline-flex min-h-11 items-center justify-center rounded-lg px-5 py-2.5 text-base font-semibold no-underline transition-colors ${variants[variant]} ${className}`}
      {...props}
    />
  );
}
