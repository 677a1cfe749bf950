import { expect, test } from "@playwright/test";

import { expectNoAxeViolations } from "./axe";
import { withDb } from "./db";
import { copyDemoCase } from "../test/copy-demo-case";
import { signInAs, therapistWithCases } from "./staff";
import { DESKTOP_ONLY } from "./projects";

test("a therapist works a case from the queue: note, override, review, and it leaves the unreviewed view", async ({
  page,
  browser,
}) => {
  const me = await therapistWithCases("queue");
  const { emergency, routine } = me.cases;

  await signInAs(page, { email: me.email, password: me.password });
  await expect(page.getByRole("heading", { name: "Triage queue" })).toBeVisible();

  // Before its scripts run, the override form shows the case's own disposition, not the list's first (Emergency).
  const noScripts = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  try {
    const bare = await noScripts.newPage();
    await bare.goto(`/staff/cases/${routine.intakeId}`);
    await expect(bare.getByLabel("Your disposition")).toHaveValue("routine");
  } finally {
    await noScripts.close();
  }

  // The emergency comes first, and says in words that it is waiting.
  const first = page.locator("table tbody tr").first();
  await expect(first).toContainText(emergency.patient);
  await expect(first).toContainText("Emergency");
  await expect(first).toContainText("Not reviewed: act now");
  await expectNoAxeViolations(page);
  await first.getByRole("link", { name: emergency.patient }).click();

  await expect(page.getByRole("heading", { level: 1, name: emergency.patient })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Disposition and flags" })).toBeVisible();
  await expectNoAxeViolations(page);

  // An empty note is refused beside the field.
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByText("Write the note before adding it")).toBeVisible();
  await page.getByLabel("Add a clinical note").fill("Rang the patient: advised A&E, she is on her way.");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByText("Rang the patient: advised A&E, she is on her way.")).toBeVisible();

  // An override needs a reason; the computed disposition stays beside it.
  await page.getByLabel("Your disposition").selectOption("urgent");
  await page.getByRole("button", { name: "Override disposition" }).click();
  await expect(page.getByText(/Give the clinical reason/)).toBeVisible();
  await page
    .getByLabel("Clinical reason (required)")
    .fill("Symptoms settled on the phone; same-day GP instead of A&E.");
  await page.getByRole("button", { name: "Override disposition" }).click();
  await expect(page.locator("p", { hasText: "Overridden to Urgent" })).toContainText("Symptoms settled on the phone");
  await expect(page.getByText("Computed by the triage rules (version 1):")).toContainText("Emergency");

  await page.getByRole("button", { name: "Mark reviewed" }).click();
  await expect(page.getByText(/Reviewed by Therapist/)).toBeVisible();

  // Back in the queue, the unreviewed view (chosen in the filters, so it lands in the URL)
  // no longer lists it; the routine case is still there.
  await page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Queue" }).click();
  await expect(page.getByRole("link", { name: emergency.patient }).filter({ visible: true })).toBeVisible();
  await page.getByLabel("Review").selectOption("no");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]reviewed=no/);
  await expect(page.getByRole("link", { name: routine.patient }).filter({ visible: true })).toBeVisible();
  await expect(page.getByRole("link", { name: emergency.patient })).toHaveCount(0);
  await expect(page.getByLabel("Review")).toHaveValue("no");

  // Each step is in the audit trail, with the browser's user agent.
  const actions = await withDb(async (c) =>
    (
      await c.query("SELECT action FROM audit_events WHERE actor_id = $1 AND subject_id = $2 ORDER BY id", [
        me.userId,
        emergency.intakeId,
      ])
    ).rows.map((r) => r.action),
  );
  expect(actions).toEqual(expect.arrayContaining(["case.view", "case.note", "case.override", "case.review"]));

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/staff\/login/);
  await page.goto(`/staff/cases/${emergency.intakeId}`);
  await expect(page).toHaveURL(/\/staff\/login/);

  // The admin's audit log shows each step, filtered to this case.
  await signInAs(page, "admin", `/staff/admin/audit?subjectId=${emergency.intakeId}`);
  const rows = page.getByRole("table").getByRole("row");
  for (const action of ["case.view", "case.note", "case.override", "case.review"]) {
    await expect(
      rows.filter({ hasText: action }).filter({ hasText: me.cases.emergency.intakeId }).first(),
    ).toBeVisible();
  }
  await expectNoAxeViolations(page);
});

test("another therapist's case answers like a missing one", DESKTOP_ONLY, async ({ page }) => {
  const mine = await therapistWithCases("mine");
  const theirs = await therapistWithCases("theirs");
  await signInAs(page, { email: mine.email, password: mine.password });
  await page.goto(`/staff/cases/${theirs.cases.emergency.intakeId}`);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await page.goto("/staff/cases/00000000-0000-4000-8000-000000000000");
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("sign out everywhere and deactivation end a live session on its next request", DESKTOP_ONLY, async ({ page }) => {
  const me = await therapistWithCases("revoke");
  await signInAs(page, { email: me.email, password: me.password });
  // The queue's cases have loaded (its page is a shell that fetches them).
  await expect(page.getByRole("link", { name: me.cases.routine.patient }).filter({ visible: true })).toBeVisible();

  await withDb((c) =>
    c.query("UPDATE staff_users SET session_version = session_version + 1 WHERE id = $1", [me.userId]),
  );
  await page.goto("/staff?reviewed=no");
  await expect(page).toHaveURL(/\/staff\/login/);
  // Signing in again returns to the view the queue was showing.
  await page.getByLabel("E-mail address").fill(me.email);
  await page.getByLabel("Password").fill(me.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/staff\?reviewed=no$/);
  await expect(page.getByRole("link", { name: me.cases.routine.patient }).filter({ visible: true })).toBeVisible();

  await withDb((c) => c.query("UPDATE staff_users SET active = false WHERE id = $1", [me.userId]));
  await page.reload();
  await expect(page).toHaveURL(/\/staff\/login/);
  // A deactivated account cannot sign in again either, and is told nothing more than a wrong password.
  await page.getByLabel("E-mail address").fill(me.email);
  await page.getByLabel("Password").fill(me.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "not right" })).toHaveText(
    "The e-mail address or password is not right.",
  );
  await expectNoAxeViolations(page);
});

test(
  "the open queue notices a new urgent case within the minute and shows it when asked",
  DESKTOP_ONLY,
  async ({ page }) => {
    const me = await therapistWithCases("notice");
    await signInAs(page, { email: me.email, password: me.password });
    const rows = page.locator("table tbody tr");
    await expect(rows).toHaveCount(2);

    // An urgent questionnaire arrives for this therapist while the queue is open.
    const patient = `Uma notice-${crypto.randomUUID().slice(0, 8)}`;
    await withDb(async (c) => {
      const { rows: found } = await c.query("SELECT id FROM therapists WHERE staff_user_id = $1", [me.userId]);
      await copyDemoCase(c, {
        level: "urgent",
        therapistId: found[0].id,
        patientName: patient,
        patientEmail: `${patient.replace(" ", ".")}@example.com`,
        startsAt: new Date(Date.now() + 5 * 24 * 3_600_000),
        tokenHash: `e2e-notice-${patient}`,
      });
    });
    const notice = page.getByRole("status").filter({ hasText: "1 new case needs review:" });
    // The queue asks every 30 s, and at once when the staff member comes back to the tab.
    await expect(async () => {
      await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
      await expect(notice).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 60_000 });
    await expect(rows).toHaveCount(2); // nothing is read until asked
    await expectNoAxeViolations(page);

    await notice.getByRole("button", { name: "show" }).click();
    await expect(rows).toHaveCount(3);
    await expect(rows.filter({ hasText: patient })).toContainText("Urgent");
    await expect(notice).toBeHidden();
  },
);
