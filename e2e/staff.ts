import { expect, type Page } from "@playwright/test";

import { copyDemoCase } from "../test/copy-demo-case";

// The demo staff from prisma/seed-data.ts; every one has the demo password.
export const DEMO_PASSWORD = "stride-demo-password";
export const STAFF = {
  admin: "admin@stride-clinic.example",
  maya: "maya@stride-clinic.example",
  tom: "tom@stride-clinic.example",
  priya: "priya@stride-clinic.example",
} as const;

/** Signs in through the real sign-in form and waits for the staff area. */
export async function signInAs(
  page: Page,
  who: keyof typeof STAFF | { email: string; password: string },
  next = "/staff",
) {
  const { email, password } = typeof who === "string" ? { email: STAFF[who], password: DEMO_PASSWORD } : who;
  await page.goto(`/staff/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // argon2 plus a full page load: give a busy CI machine time.
  await expect(page).not.toHaveURL(/\/staff\/login/, { timeout: 15_000 });
}

/**
 * A therapist of their own, with an emergency and a routine case copied from the
 * demo data, so a test can change them while other tests (and the other screen
 * size) run against the same database.
 */
export async function therapistWithCases(tag: string) {
  const { hashPassword } = await import("../lib/auth/password");
  const { withDb } = await import("./db");
  const unique = `${tag}-${crypto.randomUUID().slice(0, 8)}`;
  const email = `${unique}@example.com`;
  const password = `e2e-password-${unique}`;
  const hash = await hashPassword(password);
  return withDb(async (c) => {
    const user = (
      await c.query(
        "INSERT INTO staff_users (email, name, password_hash, role) VALUES ($1, $2, $3, 'therapist') RETURNING id",
        [email, `Therapist ${unique}`, hash],
      )
    ).rows[0];
    const therapist = (
      await c.query(
        "INSERT INTO therapists (slug, display_name, staff_user_id, active) VALUES ($1, $2, $3, false) RETURNING id",
        [unique, `Therapist ${unique}`, user.id],
      )
    ).rows[0];
    const cases: Record<"emergency" | "routine", { intakeId: string; patient: string }> = {} as never;
    for (const [hour, level] of (["emergency", "routine"] as const).entries()) {
      const patient = `${level === "emergency" ? "Erin" : "Rory"} ${unique}`;
      const { intakeId } = await copyDemoCase(c, {
        level,
        therapistId: therapist.id,
        patientName: patient,
        patientEmail: `${level}-${unique}@example.com`,
        // Two hours apart: each booking is as long as its demo case's and blocked by its buffers.
        startsAt: new Date(Date.now() + (3 * 24 + 2 * hour) * 60 * 60 * 1000),
        tokenHash: `e2e-${level}-${unique}`,
      });
      cases[level] = { intakeId, patient };
    }
    return { email, password, userId: user.id as string, cases };
  });
}
