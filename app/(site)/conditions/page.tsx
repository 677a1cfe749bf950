import type { Metadata } from "next";

import { regionAnchor } from "@/lib/content/condition-links";
import { loadConditions } from "@/lib/content/conditions";
import { REGIONS, REGION_LABELS, type Region } from "@/lib/intake/regions";

import { REGION_SPOTS } from "@/app/_components/body-figure";
import { BodyMap } from "./_components/body-map";
import { ConditionFilter, type FilterGroup } from "./_components/condition-filter";

export const metadata: Metadata = {
  title: "Conditions we treat",
  description:
    "Plain-English guides to knee, hip, groin and heel pain in runners and sports players: causes, self-care, and when to get urgent help.",
  alternates: { canonical: "/conditions" },
  openGraph: { type: "website", url: "/conditions", title: "Conditions we treat" },
};

// On the figure's front view, in its own coordinates: the questionnaire's marks, and the foot
// (which the questionnaire marks at the heel, on the back view).
const SPOTS: Partial<Record<Region, { x: number; y: number; labelY: number }>> = {
  hip_groin: { ...REGION_SPOTS.hip_groin, labelY: 150 },
  knee: { ...REGION_SPOTS.knee, labelY: 262 },
  foot_heel: { x: -12, y: 366, labelY: 370 },
};

// Head to toe, so the list reads in the same order as the body picture's labels.
const HEAD_TO_TOE = [...REGIONS].sort((a, b) => (SPOTS[a]?.y ?? Infinity) - (SPOTS[b]?.y ?? Infinity));

// Static; refreshed when the clinic's details (header and footer) change.
export const revalidate = 3600;

export default function ConditionsPage() {
  const conditions = loadConditions();
  const groups: FilterGroup[] = HEAD_TO_TOE.map((region) => ({
    anchor: regionAnchor(region),
    label: REGION_LABELS[region],
    items: conditions
      .filter((c) => c.region === region)
      .map((c) => ({
        slug: c.slug,
        title: c.title,
        summary: c.summary,
        keywords: [c.title, ...c.alternateNames, c.summary, ...c.symptoms, REGION_LABELS[region]]
          .join(" ")
          .toLowerCase(),
      })),
  })).filter((group) => group.items.length > 0);
  const spots = groups.flatMap((group) => {
    const region = REGIONS.find((r) => regionAnchor(r) === group.anchor)!;
    const spot = SPOTS[region];
    return spot ? [{ region, label: group.label, ...spot }] : [];
  });

  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">Conditions we treat</h1>
      <p className="mt-4 max-w-2xl text-lg text-slate-700">
        Plain-English guides to the problems runners and sports players most often bring to us: what they feel like,
        what causes them, what you can do today and when to get urgent help.
      </p>
      <div className="mt-8 grid gap-10 md:grid-cols-[minmax(0,20rem)_1fr]">
        <nav aria-labelledby="where-heading">
          <h2 id="where-heading" className="text-xl font-bold text-slate-900">
            Where does it hurt?
          </h2>
          <p className="mt-1 text-sm text-slate-700">Choose a part of the body to jump to its conditions.</p>
          <div className="mt-4">
            <BodyMap spots={spots} />
          </div>
        </nav>
        <ConditionFilter groups={groups} />
      </div>
    </div>
  );
}
