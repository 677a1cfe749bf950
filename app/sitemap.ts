import type { MetadataRoute } from "next";

import { siteUrl } from "@/lib/clinic/site-url";
import { conditionPath } from "@/lib/content/condition-links";
import { loadConditions } from "@/lib/content/conditions";

export default function sitemap(): MetadataRoute.Sitemap {
  const base = siteUrl();
  const url = (path: string) => new URL(path, base).toString();
  return [
    { url: url("/"), changeFrequency: "weekly", priority: 1 },
    { url: url("/conditions"), changeFrequency: "monthly", priority: 0.8 },
    ...loadConditions().map((condition) => ({
      url: url(conditionPath(condition.slug)),
      lastModified: condition.lastReviewed,
      changeFrequency: "yearly" as const,
      priority: 0.7,
    })),
    { url: url("/book"), changeFrequency: "monthly", priority: 0.6 },
  ];
}
