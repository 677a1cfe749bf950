import { z } from "zod";

import { REGIONS, areasFor } from "@/lib/intake/regions";
import { RED_FLAG_IDS } from "@/lib/triage/red-flags";

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lower-case words joined by hyphens");
const isoDate = z.iso.date({ error: "use a date like 2026-11-25" });
const text = z.string().trim().min(3);

const MAX_REVIEW_YEARS = 3;

/** Front matter of content/conditions/*.md. The build fails on a file that does not match. */
export const conditionFrontMatter = z
  .object({
    slug,
    title: text.max(80),
    alternateNames: z.array(text).default([]),
    summary: text.max(160, "keep it to 160 characters: it is the page's meta description"),
    region: z.enum(REGIONS),
    symptoms: z.array(text).min(1),
    causes: z.array(text).min(1),
    selfCare: z.array(z.object({ title: text, why: text.optional(), steps: z.array(text).min(1) })).min(1),
    urgentHelp: z
      .array(z.object({ flag: z.enum(RED_FLAG_IDS), text }))
      .min(1, "every condition page tells readers when to get urgent help"),
    related: z.array(slug).default([]),
    booking: z.object({ appointmentType: slug, region: z.enum(REGIONS), area: z.string().optional() }),
    lastReviewed: isoDate,
    nextReviewDue: isoDate,
    sources: z.array(z.object({ title: text, url: z.url({ protocol: /^https$/ }) })).min(1),
  })
  .superRefine((value, ctx) => {
    const { region, area } = value.booking;
    if (area !== undefined && !areasFor(region).includes(area)) {
      ctx.addIssue({
        code: "custom",
        path: ["booking", "area"],
        message: `"${area}" is not an area of ${region} (use one of: ${areasFor(region).join(", ") || "none"})`,
      });
    }
    const reviewed = new Date(value.lastReviewed);
    const due = new Date(value.nextReviewDue);
    const latest = new Date(reviewed);
    latest.setUTCFullYear(latest.getUTCFullYear() + MAX_REVIEW_YEARS);
    if (!(due > reviewed && due <= latest)) {
      ctx.addIssue({
        code: "custom",
        path: ["nextReviewDue"],
        message: `must be after lastReviewed and at most ${MAX_REVIEW_YEARS} years later`,
      });
    }
  });

export type ConditionFrontMatter = z.infer<typeof conditionFrontMatter>;
