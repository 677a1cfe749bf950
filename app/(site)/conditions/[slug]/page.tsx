import { format, parseISO } from "date-fns";
import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ButtonLink } from "@/app/_components/button-link";
import { getClinic } from "@/lib/clinic/data";
import { siteUrl } from "@/lib/clinic/site-url";
import { conditionJsonLd, serializeJsonLd } from "@/lib/content/condition-json-ld";
import { bookingHref, conditionPath } from "@/lib/content/condition-links";
import { getCondition, loadConditions } from "@/lib/content/conditions";
import { renderMarkdown } from "@/lib/content/render-markdown";
import { REGION_LABELS } from "@/lib/intake/regions";

import { FactList } from "./_components/fact-list";
import { SelfCare } from "./_components/self-care";
import { UrgentHelp } from "./_components/urgent-help";

// Built at build time from content/conditions. The header and footer carry the
// clinic's details, so a change to them refreshes these pages too (lib/clinic/data.ts).
export const dynamicParams = false;
export const revalidate = 3600;

export function generateStaticParams() {
  return loadConditions().map((condition) => ({ slug: condition.slug }));
}

export async function generateMetadata({ params }: PageProps<"/conditions/[slug]">): Promise<Metadata> {
  const condition = getCondition((await params).slug);
  if (!condition) return {};
  const path = conditionPath(condition.slug);
  return {
    title: condition.title,
    description: condition.summary,
    alternates: { canonical: path },
    openGraph: {
      type: "article",
      url: path,
      title: condition.title,
      description: condition.summary,
      siteName: (await getClinic()).name,
      locale: "en_GB",
    },
  };
}

const longDate = (iso: string) => format(parseISO(iso), "d MMMM yyyy");

export default async function ConditionPage({ params }: PageProps<"/conditions/[slug]">) {
  const condition = getCondition((await params).slug);
  if (!condition) notFound();
  const related = loadConditions().filter((c) => condition.related.includes(c.slug));
  const pageUrl = new URL(conditionPath(condition.slug), siteUrl()).toString();

  return (
    <article className="mx-auto max-w-3xl px-4 py-10">
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: serializeJsonLd(conditionJsonLd(condition, pageUrl)) }}
      />
      <nav aria-label="Breadcrumb" className="text-sm text-slate-700">
        <ol className="flex flex-wrap gap-1">
          <li>
            <a href="/conditions" className="inline-flex min-h-6 items-center text-brand-800 underline">
              Conditions
            </a>
            <span aria-hidden="true"> › </span>
          </li>
          <li>{REGION_LABELS[condition.region]}</li>
        </ol>
      </nav>
      <h1 className="mt-3 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{condition.title}</h1>
      <p className="mt-4 text-lg text-slate-700">{condition.summary}</p>
      <div className="mt-6">
        <ButtonLink href={bookingHref(condition)}>Book an assessment</ButtonLink>
      </div>

      <UrgentHelp items={condition.urgentHelp} />
      <FactList id="symptoms-heading" title="Signs and symptoms" items={condition.symptoms} />
      <FactList id="causes-heading" title="Causes and risk factors" items={condition.causes} />

      <div
        className="prose-content mt-10 space-y-4 text-slate-800 [&_h2]:mt-10 [&_h2]:text-2xl [&_h2]:font-bold [&_h2]:text-slate-900 [&_h3]:mt-6 [&_h3]:text-lg [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:space-y-2 [&_ol]:pl-6 [&_strong]:text-slate-900 [&_ul]:list-disc [&_ul]:pl-6"
        dangerouslySetInnerHTML={{ __html: renderMarkdown(condition.body) }}
      />

      <SelfCare items={condition.selfCare} />

      <section aria-labelledby="book-heading" className="mt-10 rounded-xl bg-brand-50 p-6">
        <h2 id="book-heading" className="text-2xl font-bold text-slate-900">
          Get it looked at
        </h2>
        <p className="mt-2 text-slate-700">
          This page gives general information, not a diagnosis. If the pain has lasted more than two weeks, keeps coming
          back or stops you doing what you enjoy, book an assessment. We will tell you what is going on and give you a
          plan.
        </p>
        <div className="mt-4">
          <ButtonLink href={bookingHref(condition)}>Book an assessment</ButtonLink>
        </div>
      </section>

      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="mt-10">
          <h2 id="related-heading" className="text-2xl font-bold text-slate-900">
            Related conditions
          </h2>
          <ul className="mt-3 space-y-2">
            {related.map((c) => (
              <li key={c.slug}>
                <a
                  href={conditionPath(c.slug)}
                  className="inline-flex min-h-6 items-center font-semibold text-brand-800 underline"
                >
                  {c.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <footer className="mt-10 border-t border-slate-200 pt-6 text-sm text-slate-700">
        <p>
          Last reviewed: <time dateTime={condition.lastReviewed}>{longDate(condition.lastReviewed)}</time>
          <span aria-hidden="true" className="hidden sm:inline">
            {" "}
            ·{" "}
          </span>
          <br className="sm:hidden" />
          Next review due: <time dateTime={condition.nextReviewDue}>{longDate(condition.nextReviewDue)}</time>
        </p>
        <h2 className="mt-4 text-base font-semibold text-slate-900">Sources</h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {condition.sources.map((source) => (
            <li key={source.url}>
              <a href={source.url} className="text-brand-800 underline" rel="noopener">
                {source.title}
              </a>
            </li>
          ))}
        </ul>
      </footer>
    </article>
  );
}
