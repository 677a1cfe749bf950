import type { Metadata } from "next";

import { ButtonLink } from "./_components/button-link";
import { SiteFooter } from "./_components/site-footer";
import { SiteHeader } from "./_components/site-header";

export const metadata: Metadata = { title: "Page not found" };

// Unknown addresses render outside the (site) layout, so this page brings the site's frame.
export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="flex-1">
        <div className="mx-auto max-w-2xl px-4 py-20">
          <p className="text-sm font-semibold text-brand-800">Error 404</p>
          <h1 className="mt-2 text-3xl font-bold text-slate-900">We can’t find that page</h1>
          <p className="mt-4 text-lg text-slate-700">
            The link may be old or mistyped. You can go back to the home page, or look up your problem in our condition
            library.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <ButtonLink href="/">Go to the home page</ButtonLink>
            <ButtonLink href="/conditions" variant="secondary">
              Browse conditions
            </ButtonLink>
          </div>
        </div>
      </main>
      <SiteFooter />
    </>
  );
}
