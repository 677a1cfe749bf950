import { describe, expect, it } from "vitest";

import { conditionJsonLd, serializeJsonLd } from "./condition-json-ld";
import { loadConditions } from "./conditions";

describe("conditionJsonLd", () => {
  const condition = loadConditions().find((c) => c.slug === "plantar-fasciitis")!;
  const ld = conditionJsonLd(condition, "https://clinic.example/conditions/plantar-fasciitis");

  it("describes a MedicalWebPage about a MedicalCondition, for patients, with its review date", () => {
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      "@type": "MedicalWebPage",
      url: "https://clinic.example/conditions/plantar-fasciitis",
      lastReviewed: condition.lastReviewed,
      audience: { "@type": "MedicalAudience", audienceType: "Patient" },
      about: { "@type": "MedicalCondition", name: condition.title },
    });
  });

  it("cannot close its script tag, whatever the content says", () => {
    expect(serializeJsonLd({ name: "</script><script>alert(1)</script>" })).not.toContain("</script>");
  });
});
