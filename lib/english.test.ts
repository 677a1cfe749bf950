import { describe, expect, it } from "vitest";

import { countOf, indefiniteArticle, inSentence, nounFor, withArticle } from "./english";

describe("indefiniteArticle", () => {
  it.each([
    ["initial assessment", "an"],
    ["follow-up", "a"],
    ["sports massage", "a"],
    ["running gait analysis", "a"],
    ["appointment", "an"],
    ["urgent appointment", "an"],
    ["Achilles check", "an"],
    ["umbrella", "an"],
    ["hour", "an"],
    ["honest answer", "an"],
    ["hip assessment", "a"],
    ["university clinic", "a"],
    ["useful tip", "a"],
    ["usual time", "a"],
    ["European clinic", "a"],
    ["one-off session", "a"],
    ["UK number", "a"],
    ["MRI review", "an"],
    ["FAI assessment", "an"],
    ["ACL rehab session", "an"],
    ["GP letter", "a"],
    ["NHS referral", "an"],
    ["X-ray", "an"],
    ["8-week plan", "an"],
    ["11-year-old", "an"],
    ["18 month review", "an"],
    ["110 minute session", "a"],
    ["1-hour session", "a"],
    ["80 minute session", "an"],
    ["“initial” assessment", "an"],
    ["", "a"],
  ])("%s takes %s", (phrase, article) => {
    expect(indefiniteArticle(phrase)).toBe(article);
  });
});

describe("withArticle and inSentence", () => {
  it("puts a type name into a sentence the way the confirmation e-mail does", () => {
    expect(withArticle(inSentence("Initial assessment"))).toBe("an initial assessment");
    expect(withArticle(inSentence("Follow-up"))).toBe("a follow-up");
    expect(withArticle(inSentence("ACL rehab session"))).toBe("an ACL rehab session");
    expect(withArticle(inSentence("Hour-long massage"))).toBe("an hour-long massage");
  });

  it("keeps capitals a first word needs", () => {
    expect(inSentence("MRI review")).toBe("MRI review");
    expect(inSentence("McKenzie assessment")).toBe("McKenzie assessment");
    expect(inSentence("Sports massage")).toBe("sports massage");
  });
});

describe("countOf", () => {
  it("says 1 in the singular and every other count in the plural", () => {
    expect(countOf(1, "case")).toBe("1 case");
    expect(countOf(0, "case")).toBe("0 cases");
    expect(countOf(2, "appointment")).toBe("2 appointments");
    expect(countOf(3, "person", "people")).toBe("3 people");
    expect(countOf(1, "person", "people")).toBe("1 person");
    expect(nounFor(5, "day")).toBe("days");
  });
});
