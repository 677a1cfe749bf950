import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Fails the test with the list of WCAG 2.2 A/AA violations axe finds on the page. */
export async function expectNoAxeViolations(page: Page) {
  // Legacy mode runs axe in the page itself: the default opens a blank page per check to
  // merge results from cross-origin frames, which doubles the time of every check. The
  // same rules run on the same document; our pages have no frames, and this says if one
  // appears (legacy mode would leave a cross-origin one unchecked).
  expect(page.frames(), "a frame appeared: check whether axe's legacy mode can see into it").toHaveLength(1);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .setLegacyMode(true)
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}
