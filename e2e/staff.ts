import { expect, type Page } from "@playwright/test";

// The demo staff from prisma/seed-data.ts; every one has the demo password.
export const DEMO_PASSWORD = "stride-demo-password";
export const STAFF = {
  admin: "admin@stride-clinic.example",
  maya: "maya@stride-clinic.example",
  tom: "tom@stride-clinic.example",
  priya: "priya@stride-clinic.example",
} as const;

/** Signs in through the real sign-in form and waits for the staff area. */
export async function signInAs(page: Page, who: keyof typeof STAFF | { email: string; password: string }, next = "/staff") {
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
    const user = (await c.query("INSERT INTO staff_users (email, name, password_hash, role) VALUES ($1, $2, $3, 'therapist') RETURNING id", [email, `Therapist ${unique}`, hash])).rows[0];
    const therapist = (await c.query("INSERT INTO therapists (slug, display_name, staff_user_id, active) VALUES ($1, $2, $3, false) RETURNING id", [unique, `Therapist ${unique}`, user.id])).rows[0];
    const cases: Record<"emergency" | "routine", { intakeId: string; patient: string }> = {} as never;
    let hour = 0;
    for (const level of ["emergency", "routine"] as const) {
      const patient = `${level === "emergency" ? "Erin" : "Rory"} ${unique}`;
      const { rows } = await c.query(
        `WITH src AS (
           SELECT i.answers, i.questionnaire_version, i.consent_text_version, b.appointment_type_id, r.flags, r.suspected, r.scores, r.rules_version, r.disposition
             FROM intakes i JOIN bookings b ON b.id = i.booking_id
             JOIN LATERAL (SELECT * FROM triage_results WHERE intake_id = i.id ORDER BY created_at DESC LIMIT 1) r ON true
            WHERE i.status = 'submitted' AND r.disposition = $1 ORDER BY i.created_at LIMIT 1),
         p AS (INSERT INTO patients (name, email, phone) VALUES ($2, $3, '07700 900123') RETURNING id),
         b AS (
           INSERT INTO bookings (therapist_id, appointment_type_id, patient_id, starts_at, ends_at, blocked_from, blocked_until, manage_token_hash)
           SELECT $4, src.appointment_type_id, p.id, now() + make_interval(days => 3, hours => $5), now() + make_interval(days => 3, hours => $5 + 1),
                  now() + make_interval(days => 3, hours => $5), now() + make_interval(days => 3, hours => $5 + 1), $6
             FROM src, p RETURNING id),
         i AS (
           INSERT INTO intakes (booking_id, status, answers, questionnaire_version, consent_text_version, consented_at, submitted_at)
           SELECT b.id, 'submitted', src.answers, src.questionnaire_version, src.consent_text_version, now(), now() FROM b, src RETURNING id)
         INSERT INTO triage_results (intake_id, disposition, flags, suspected, scores, questionnaire_version, rules_version)
         SELECT i.id, src.disposition, src.flags, src.suspected, src.scores, src.questionnaire_version, src.rules_version FROM i, src
         RETURNING intake_id`,
        [level, patient, `${level}-${unique}@example.com`, therapist.id, hour++, `e2e-${level}-${unique}`],
      );
      cases[level] = { intakeId: rows[0].intake_id as string, patient };
    }
    return { email, password, userId: user.id as string, cases };
  });
}
