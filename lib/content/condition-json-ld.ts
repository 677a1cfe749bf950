import type { MedicalWebPage, WithContext } from "schema-dts";

import type { ConditionFrontMatter } from "./condition-schema";

/** schema.org MedicalWebPage about a MedicalCondition, written for patients. */
export function conditionJsonLd(condition: ConditionFrontMatter, pageUrl: string): WithContext<MedicalWebPage> {
  return {
    "@context": "https://schema.org",
    "@type": "MedicalWebPage",
    name: condition.title,
    description: condition.summary,
    url: pageUrl,
    inLanguage: "en-GB",
    lastReviewed: condition.lastReviewed,
    audience: { "@type": "MedicalAudience", audienceType: "Patient" },
    about: {
      "@type": "MedicalCondition",
      name: condition.title,
      ...(condition.alternateNames.length ? { alternateName: condition.alternateNames } : {}),
      signOrSymptom: condition.symptoms.map((symptom) => ({ "@type": "MedicalSymptom", name: symptom })),
    },
    citation: condition.sources.map((source) => ({ "@type": "CreativeWork", name: source.title, url: source.url })),
  };
}

/** JSON for a <script type="application/ld+json">, with "<" escaped so text cannot close the tag. */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
