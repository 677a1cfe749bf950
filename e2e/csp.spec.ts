import { expect, test, type Page } from "@playwright/test";

import { bookThroughApi } from "./intake-steps";
import { signInAs, therapistWithCases } from "./staff";
import { DESKTOP_ONLY } from "./projects";

// The personal pages run under the strict policy (a nonce and 'strict-dynamic',
// no 'unsafe-inline'): the browser reports no violation, React hydrates, and the
// page works, at both screen sizes.

// A booking through the API, from the end of a week no other spec books in.
const book = (who: string, dayOffset: number) => bookThroughApi(who, dayOffset, `${who} Patient`);

/** Collects every CSP report the browser writes to the console, and script errors. */
function watchViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect|frame)/i.test(message.text()))
      seen.push(`${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => seen.push(`pageerror: ${error.message}`));
  return seen;
}

/** React has taken over the page: its fiber is attached to the main landmark's DOM node. */
async function expectHydrated(page: Page) {
  await page.waitForFunction(() => {
    const main = document.querySelector("main");
    return main !== null && Object.keys(main).some((key) => key.startsWith("__reactFiber"));
  });
}

test(
  "staff queue and case: no CSP violation, hydrated, the queue loads and a note saves",
  DESKTOP_ONLY,
  async ({ page }) => {
    const violations = watchViolations(page);
    const me = await therapistWithCases("csp");
    await signInAs(page, { email: me.email, password: me.password });
    expect((await page.request.head("/staff")).headers()["content-security-policy"]).toContain("'strict-dynamic'");
    // The queue's rows come from its data route, fetched by the hydrated page.
    await expect(page.getByRole("link", { name: me.cases.routine.patient }).filter({ visible: true })).toBeVisible();
    await expectHydrated(page);

    await page.goto(`/staff/cases/${me.cases.routine.intakeId}`);
    await expectHydrated(page);
    await page.getByLabel("Add a clinical note").fill("Seen under the strict policy.");
    await page.getByRole("button", { name: "Add note" }).click();
    await expect(page.getByText("Seen under the strict policy.").filter({ visible: true }).first()).toBeVisible();
    expect(violations).toEqual([]);
  },
);

test(
  "patient's questionnaire and manage page: no CSP violation, hydrated, a step moves on",
  DESKTOP_ONLY,
  async ({ page }, info) => {
    const violations = watchViolations(page);
    const links = await book(`csp-${info.project.name}`, 40 + (info.project.name === "phone" ? 7 : 0));
    const strict = (response: Awaited<ReturnType<Page["goto"]>>) =>
      expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'nonce-[^']+' 'strict-dynamic';/);
    strict(await page.goto(links.intake));
    await page.locator("[data-hydrated=true]").waitFor();
    await page.getByRole("button", { name: "Next", exact: true }).click();
    // The step's own check ran in the browser: the form says what is missing.
    await expect(page.getByRole("alert").first()).toBeVisible();

    strict(await page.goto(links.manage));
    await expectHydrated(page);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(violations).toEqual([]);
  },
);
