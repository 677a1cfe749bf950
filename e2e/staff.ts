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
  await expect(page).not.toHaveURL(/\/staff\/login/);
}
