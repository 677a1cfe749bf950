import { randomUUID } from "node:crypto";

import { expect, type Page, test } from "@playwright/test";

import { expectNoAxeViolations } from "./axe";
import { withDb } from "./db";
import { signInAs } from "./staff";
import { insertTestBooking } from "../test/booking-factory";
import { DESKTOP_ONLY } from "./projects";

// Desktop and phone run these tests at the same time on one database shared
// with every other spec: each test makes its own users, takes its own dates,
// and changes demo data only under a lock and only to put it back.

const shots = process.env.STAFF_ADMIN_SCREENSHOTS;

async function checkPage(page: Page, path: string, heading: string | RegExp, shotName?: string) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expectNoAxeViolations(page);
  // Wide tables scroll inside their own box; the page itself never scrolls sideways.
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, path).toBeLessThanOrEqual(page.viewportSize()!.width);
  if (shots && shotName)
    await page.screenshot({ path: `${shots}/${shotName}-${test.info().project.name}.png`, fullPage: true });
}

async function addStaffMember(page: Page, name: string, email: string): Promise<string> {
  await page.goto("/staff/admin/staff");
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Work e-mail address").fill(email);
  await page.getByRole("button", { name: "Add staff member" }).click();
  const password = page.getByTestId("one-time-password");
  await expect(password).toBeVisible();
  return (await password.textContent())!.trim();
}

const ids = () =>
  withDb(async (c) => ({
    therapist: (await c.query("SELECT id FROM therapists WHERE slug = 'priya-shah'")).rows[0].id as string,
    type: (await c.query("SELECT id FROM appointment_types WHERE slug = 'follow-up'")).rows[0].id as string,
  }));

// Three groups rather than one test, each with twice the default time: axe takes
// several seconds a page while both projects (and other agents' builds) share the CPU.
test("admin overview, clinic details and staff accounts pass axe", async ({ page }) => {
  test.setTimeout(60_000);
  await signInAs(page, "admin", "/staff/admin");
  await checkPage(page, "/staff/admin", "Admin", "staff-admin");
  await checkPage(page, "/staff/admin/clinic", "Clinic details", "staff-admin-clinic");
  await checkPage(page, "/staff/admin/staff", "Staff accounts", "staff-admin-staff");
});

test("working hours and appointment type pages pass axe", async ({ page }) => {
  test.setTimeout(60_000);
  const { therapist, type } = await ids();
  await signInAs(page, "admin", "/staff/admin/hours");
  await checkPage(page, "/staff/admin/hours", "Working hours and time off");
  await checkPage(page, `/staff/admin/hours/${therapist}`, "Priya Shah: hours and time off", "staff-admin-hours");
  await checkPage(page, "/staff/admin/types", "Appointment types");
  await checkPage(page, `/staff/admin/types/${type}`, "Edit Follow-up", "staff-admin-type");
});

test("the audit log, attendance and the password page pass axe", async ({ page }) => {
  test.setTimeout(60_000);
  await signInAs(page, "admin", "/staff/admin/audit");
  await checkPage(page, "/staff/admin/audit", "Audit log", "staff-admin-audit");
  // A missed appointment last week, so the report has a month to show (at a minute of its own: both projects add one).
  await withDb((c) =>
    insertTestBooking(c, {
      therapist: "priya-shah",
      patient: { name: "Missed Patient", email: `missed-${crypto.randomUUID()}@example.com` },
      startsAt: new Date(
        Math.floor((Date.now() - 7 * 86_400_000) / 60_000) * 60_000 - Math.floor(Math.random() * 5000) * 60_000,
      ),
      status: "no_show",
    }),
  );
  await checkPage(page, "/staff/admin/attendance", "Attendance", "staff-admin-attendance");
  await expect(page.getByRole("img", { name: /^Missed appointments by month: / })).toBeVisible();
  await checkPage(page, "/staff/password", "Change your password");
});

test("admin changes the clinic's e-mail and every public page shows it at once", DESKTOP_ONLY, async ({ page }) => {
  await signInAs(page, "admin", "/staff/admin/clinic");
  // Both projects run this test at once; a database lock lets one change-and-restore finish before the other starts.
  await withDb(async (lock) => {
    await lock.query("SELECT pg_advisory_lock(724201)");
    try {
      // Typing is checked and sent only once the form's scripts run.
      const field = page.getByLabel("E-mail address", { exact: true });
      const hydrated = page.locator("form[data-hydrated=true]", { has: field });
      await page.goto("/staff/admin/clinic");
      await hydrated.waitFor();
      const original = await field.inputValue();
      expect(original).toContain("@");
      // The server's HTML already holds the saved details, so the form is never blank while scripts load.
      expect(await (await page.request.get("/staff/admin/clinic")).text()).toContain(`value="${original}"`);
      const changed = `e2e-${randomUUID().slice(0, 8)}@clinic.example`;

      await field.fill("not an address");
      await page.getByRole("button", { name: "Save clinic details" }).click();
      await expect(page.getByText("Enter an e-mail address, like hello@clinic.example")).toBeVisible();

      await field.fill(changed);
      await page.getByRole("button", { name: "Save clinic details" }).click();
      await expect(page.getByRole("status")).toContainText("Saved");
      await page.goto("/");
      await expect(page.getByRole("contentinfo").getByRole("link", { name: changed })).toBeVisible();

      await page.goto("/staff/admin/clinic");
      await hydrated.waitFor();
      await expect(field).toHaveValue(changed);
      await field.fill(original);
      await page.getByRole("button", { name: "Save clinic details" }).click();
      await expect(page.getByRole("status")).toContainText("Saved");
      await page.goto("/");
      await expect(page.getByRole("contentinfo").getByRole("link", { name: original })).toBeVisible();
    } finally {
      await lock.query("SELECT pg_advisory_unlock(724201)");
    }
  });
});

test(
  "a new staff member signs in with the one-time password, must change it, and a common password is refused",
  DESKTOP_ONLY,
  async ({ page }) => {
    await signInAs(page, "admin", "/staff/admin/staff");
    const email = `e2e-${randomUUID()}@example.com`;
    const oneTime = await addStaffMember(page, `New Starter ${test.info().project.name}`, email);
    expect(oneTime).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);

    await page.context().clearCookies();
    await signInAs(page, { email, password: oneTime }, "/staff/admin");
    await expect(page).toHaveURL(/\/staff\/password$/);
    await expect(page.getByText("You signed in with a one-time password from an administrator")).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel("Current password").fill(oneTime);
    await page.getByLabel("New password", { exact: true }).fill("1qaz2wsx3edc");
    await page.getByLabel("New password again").fill("1qaz2wsx3edc");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(
      page.getByText("This password is one of the most common ones; choose one that is harder to guess"),
    ).toBeVisible();
    await expect(page.getByLabel("Current password")).toHaveValue(oneTime);

    const chosen = `violet tram harbour ${randomUUID().slice(0, 4)}`;
    await page.getByLabel("New password", { exact: true }).fill(chosen);
    await page.getByLabel("New password again").fill(chosen);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page).toHaveURL(/\/staff\/login\?changed=1$/);
    await expect(page.getByText("Password changed. Sign in with your new password.")).toBeVisible();

    await signInAs(page, { email, password: chosen }, "/staff/password");
    await expect(page.getByRole("heading", { level: 1, name: "Change your password" })).toBeVisible();
    await expect(page.getByText("You signed in with a one-time password")).toHaveCount(0);
  },
);

/** A day Priya works (Tue, Thu or Fri), far enough ahead that no other spec books it; desktop and phone take different weeks. */
function priyaDay(projectName: string): string {
  const start = Date.now() + (projectName === "phone" ? 52 : 45) * 86_400_000;
  for (let day = 0; ; day++) {
    const date = new Date(start + day * 86_400_000);
    if ([2, 4, 5].includes(date.getUTCDay())) return date.toISOString().slice(0, 10);
  }
}

test(
  "time off for a therapist takes that day's times out of /api/slots at once",
  DESKTOP_ONLY,
  async ({ page, request }) => {
    const priya = await withDb(
      async (c) => (await c.query("SELECT id FROM therapists WHERE slug = 'priya-shah'")).rows[0].id as string,
    );
    const day = priyaDay(test.info().project.name);
    const slots = async () => {
      const response = await request.get(`/api/slots?type=follow-up&therapist=${priya}&from=${day}&to=${day}`);
      expect(response.status()).toBe(200);
      return ((await response.json()) as { slots: unknown[] }).slots.length;
    };
    expect(await slots()).toBeGreaterThan(0);

    await signInAs(page, "admin", "/staff/admin/hours");
    await page.getByRole("link", { name: "Change hours and time off for Priya Shah" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Priya Shah: hours and time off" })).toBeVisible();

    await page.getByLabel("Date").fill(day);
    await page.getByLabel("The whole day").uncheck();
    await page.getByLabel("From", { exact: true }).fill("12:00");
    await page.getByLabel("To", { exact: true }).fill("10:00");
    await page.getByRole("button", { name: "Add time off" }).click();
    await expect(page.getByText("Enter an end time after the start (12:00)")).toBeVisible();
    await expect(page.getByLabel("Date")).toHaveValue(day);

    const date = new Date(`${day}T00:00:00Z`);
    const month = date.toLocaleString("en-GB", { month: "long", timeZone: "UTC" });
    const removeButton = (times: string) =>
      page.getByRole("button", {
        name: new RegExp(`^Remove time off on \\D*${date.getUTCDate()} ${month} ${date.getUTCFullYear()}, ${times}$`),
      });
    // Part of a day; afterwards the form is empty again with the whole-day box ticked, as when the page opened.
    await page.getByLabel("To", { exact: true }).fill("13:00");
    await page.getByRole("button", { name: "Add time off" }).click();
    await expect(page.getByText(`Time off on ${day} added`)).toBeVisible();
    await expect(page.getByLabel("The whole day")).toBeChecked();
    await expect(page.getByLabel("From", { exact: true })).toHaveCount(0);
    await expect(page.getByLabel("Date")).toHaveValue("");
    await removeButton("12:00–13:00").click();
    await expect(page.getByText(/^Time off on .*, 12:00–13:00 removed\.$/)).toBeVisible();
    await expect(removeButton("12:00–13:00")).toHaveCount(0);
    // A fresh page, so the next messages cannot be this round's.
    await page.reload();
    await page.locator("form[data-hydrated=true]").first().waitFor();

    await page.getByLabel("Date").fill(day);
    await page.getByRole("button", { name: "Add time off" }).click();
    await expect(page.getByText(`Time off on ${day} added`)).toBeVisible();
    expect(await slots()).toBe(0);

    await removeButton("whole day").click();
    await expect(page.getByText(/^Time off on .* removed\.$/)).toBeVisible();
    expect(await slots()).toBeGreaterThan(0);
  },
);

test(
  "admin sets the reminder times; a wrong one is refused beside the field and kept",
  DESKTOP_ONLY,
  async ({ page }) => {
    await signInAs(page, "admin", "/staff/admin/clinic");
    const reminders = page.getByLabel("Appointment reminders (hours before)");
    await expect(reminders).toHaveValue("48, 2");
    await reminders.fill("48, two");
    await page.getByRole("button", { name: "Save reminder times" }).click();
    await expect(page.getByText("“two” is not a number of hours between 0.25 and 336")).toBeVisible();
    await expect(reminders).toHaveValue("48, two");
    await expect(reminders).toBeFocused();
    // The defaults again: other specs' bookings meet the same times.
    await reminders.fill("2, 48");
    await page.getByRole("button", { name: "Save reminder times" }).click();
    await expect(page.getByText("Saved. New times apply from the next minute.")).toBeVisible();
    await page.reload();
    await page.locator("form[data-hydrated=true]").first().waitFor();
    await expect(page.getByLabel("Appointment reminders (hours before)")).toHaveValue("48, 2");
  },
);

test(
  "every settings form shows the saved values before its scripts run, as it does once they have",
  DESKTOP_ONLY,
  async ({ page, browser }) => {
    const { therapist, type } = await ids();
    await signInAs(page, "admin", "/staff/admin");
    const noScripts = await browser.newContext({
      javaScriptEnabled: false,
      storageState: await page.context().storageState(),
    });
    const bare = await noScripts.newPage();
    const shown = (p: Page) =>
      p
        .locator("main form")
        .locator("input:not([type=hidden]), textarea")
        .evaluateAll((fields) =>
          fields.map((f) =>
            f instanceof HTMLInputElement && f.type === "checkbox"
              ? `${f.id}: ${f.checked ? "ticked" : "not ticked"}`
              : `${f.id}: ${(f as HTMLInputElement).value}`,
          ),
        );
    // The clinic e-mail test changes and restores the clinic's details under this lock.
    await withDb(async (lock) => {
      await lock.query("SELECT pg_advisory_lock(724201)");
      try {
        for (const path of ["/staff/admin/clinic", `/staff/admin/hours/${therapist}`, `/staff/admin/types/${type}`]) {
          await bare.goto(path);
          const before = await shown(bare);
          await page.goto(path);
          await page.locator("form[data-hydrated=true]").first().waitFor();
          await expect(page.locator("form[data-hydrated=false]")).toHaveCount(0);
          const after = await shown(page);
          expect(after.filter((f) => !f.endsWith(": ")).length, path).toBeGreaterThan(3);
          expect(before, path).toEqual(after);
        }
      } finally {
        await lock.query("SELECT pg_advisory_unlock(724201)");
        await noScripts.close();
      }
    });
  },
);

test("a therapist opening the admin area gets the 404 page", DESKTOP_ONLY, async ({ page }) => {
  await signInAs(page, "maya", "/staff/password");
  for (const path of ["/staff/admin", "/staff/admin/staff", "/staff/admin/audit"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
  }
  await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(0);
});

test("the audit log lists the admin's changes, filtered in the URL", DESKTOP_ONLY, async ({ page }) => {
  await signInAs(page, "admin", "/staff/admin/staff");
  const name = `Audited Person ${randomUUID().slice(0, 8)}`;
  await addStaffMember(page, name, `e2e-${randomUUID()}@example.com`);

  await page.goto("/staff/admin/audit");
  await page.getByLabel("Who").selectOption({ label: "Alex Morgan" });
  await page.getByLabel("Action").selectOption("staff_user.create");
  await page.getByRole("button", { name: "Show events" }).click();
  await expect(page).toHaveURL(/action=staff_user\.create/);
  const row = page.getByTestId("audit-row").filter({ hasText: name });
  await expect(row).toContainText("Alex Morgan");
  await expect(row).toContainText("staff_user.create");
  await expect(row).toContainText("127.0.0.1");
  await expectNoAxeViolations(page);
});
