"use client";

import Link from "next/link";
import { useId, useState } from "react";

import { countOf } from "@/lib/english";

export interface FilterGroup {
  anchor: string;
  label: string;
  items: { slug: string; title: string; summary: string; keywords: string }[];
}

/** The full list renders on the server; typing narrows it without a reload. */
export function ConditionFilter({ groups }: { groups: FilterGroup[] }) {
  const [query, setQuery] = useState("");
  const inputId = useId();
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = (keywords: string) => words.every((word) => keywords.includes(word));
  const visible = groups
    .map((group) => ({ ...group, items: group.items.filter((item) => matches(item.keywords)) }))
    .filter((group) => group.items.length > 0);
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  const shown = visible.reduce((n, g) => n + g.items.length, 0);

  return (
    <div>
      <label htmlFor={inputId} className="block font-semibold text-slate-900">
        Filter conditions
      </label>
      <p id={`${inputId}-hint`} className="text-sm text-slate-700">
        Type a word such as “heel”, “running” or “clicking”.
      </p>
      <input
        id={inputId}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        aria-describedby={`${inputId}-hint`}
        autoComplete="off"
        className="mt-2 min-h-11 w-full max-w-md rounded-lg border border-slate-400 px-3 text-base"
      />
      <p role="status" className="mt-2 text-sm text-slate-700">
        {shown === total
          ? `Showing all ${countOf(total, "condition")}`
          : `${shown} of ${countOf(total, "condition")} ${shown === 1 ? "matches" : "match"}`}
      </p>
      {visible.length === 0 && (
        <p className="mt-4 text-slate-800">
          No condition pages match “{query}”. Try another word, or book an assessment and tell us what is wrong.
        </p>
      )}
      {visible.map((group) => (
        <section
          key={group.anchor}
          id={group.anchor}
          aria-labelledby={`${group.anchor}-heading`}
          className="mt-8 scroll-mt-4"
        >
          <h2 id={`${group.anchor}-heading`} className="text-2xl font-bold text-slate-900">
            {group.label}
          </h2>
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {group.items.map((item) => (
              <li key={item.slug} className="rounded-xl border border-slate-200 p-4 hover:border-brand-700">
                <Link href={`/conditions/${item.slug}`} className="text-lg font-semibold text-brand-800 underline">
                  {item.title}
                </Link>
                <p className="mt-1 text-slate-700">{item.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
