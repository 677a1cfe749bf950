import Link from "next/link";

interface Props {
  title: string;
  intro?: React.ReactNode;
  /** The pages above this one, for the breadcrumb trail. */
  trail?: { href: string; label: string }[];
  children: React.ReactNode;
}

/** The frame of every admin page: breadcrumbs, one h1, a short explanation. */
export function AdminPage({ title, intro, trail = [], children }: Props) {
  const crumbs = [{ href: "/staff/admin", label: "Admin" }, ...trail];
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      {title !== "Admin" ? (
        <nav aria-label="Breadcrumb" className="text-sm">
          <ol className="flex flex-wrap items-center gap-1 text-slate-700">
            {crumbs.map((crumb) => (
              <li key={crumb.href} className="flex items-center gap-1">
                <Link
                  href={crumb.href}
                  className="inline-flex min-h-6 items-center font-semibold text-brand-800 underline"
                >
                  {crumb.label}
                </Link>
                <span aria-hidden="true">›</span>
              </li>
            ))}
            <li aria-current="page">{title}</li>
          </ol>
        </nav>
      ) : null}
      <h1 className="mt-2 text-2xl font-bold text-slate-900 sm:text-3xl">{title}</h1>
      {intro ? <div className="mt-2 max-w-prose text-slate-700">{intro}</div> : null}
      <div className="mt-6">{children}</div>
    </div>
  );
}
