import { createHash, randomBytes, randomUUID } from "node:crypto";

import { expect, type Page, test } from "@playwright/test";

import { insertTestBooking } from "../test/booking-factory";
import { expectNoAxeViolations } from "./axe";
import { withDb } from "./db";
import { signInAs } from "./staff";

// Issue 16, item 1: visits join one patient's history only through the link
// e-mailed to the patient or an admin's deliberate link. Each test makes its own
// records (phone and desktop run at the same time on one database).

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

/** Some free hour of Tom's far in the future, different for each call. */
const someday = () =>
  new Date(Date.UTC(2040 + Math.floor(Math.random() * 50), 0, 1) + randomBytes(3).readUIntBE(0, 3) * 3_600_000);

/** Two patient records with one name and e-mail, each with a booking; the second's id and a link token for it. */
async function twoRecords(tag: string) {
  const unique = randomUUID().slice(0, 8);
  const person = { name: `Jo ${tag} ${unique}`, email: `jo-${tag}-${unique}@example.com` };
  return withDb(async (c) => {
    const booked = [];
    for (const phone of ["07700 900401", "07700 900402"]) {
      const token = randomBytes(32).toString("base64url");
      booked.push(
        await insertTestBooking(c, {
          therapist: "tom-reilly",
          patient: { ...person, phone },
          startsAt: someday(),
          manageTokenHash: sha256(token),
          intakeTokenHash: sha256(`i${token}`),
        }),
      );
    }
    const token = randomBytes(32).toString("base64url");
    await c.query(
      "INSERT INTO patient_link_tokens (token_hash, patient_id, expires_at) VALUES ($1, $2, now() + interval '1 day')",
      [sha256(token), booked[1]!.patientId],
    );
    return { person, token, patients: booked.map((b) => b.patientId) };
  });
}

const linked = (patients: string[]) =>
  withDb(
    async (c) =>
      (
        await c.query("SELECT count(*)::int AS n FROM patient_links WHERE $1::uuid IN (patient_a, patient_b)", [
          patients[0],
        ])
      ).rows[0].n as number,
  );

async function fitsTheScreen(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(page.viewportSize()!.width);
}

// Twice the usual time: two pages with axe, on 2 cores shared with other builds.
test("the e-mailed link asks first, links on the button, and works once", async ({ page }) => {
  test.setTimeout(120_000);
  const { token, patients } = await twoRecords("confirm");
  const response = await page.goto(`/confirm-patient/${token}`);
  expect(response!.headers()["cache-control"]).toContain("no-store");
  await expect(page.getByRole("heading", { level: 1, name: "Have you been to us before?" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Earlier visits" })).toBeVisible();
  await expectNoAxeViolations(page);
  await fitsTheScreen(page);
  // Opening the page (as a mail scanner would) changed nothing.
  expect(await linked(patients)).toBe(0);

  await page.getByRole("button", { name: "Yes, these are my visits: link them" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your visits are linked" })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await linked(patients)).toBe(1);

  await page.goto(`/confirm-patient/${token}`);
  await expect(page.getByRole("heading", { level: 1, name: "This link is not valid" })).toBeVisible();
});

test("an admin sees both records side by side, links and unlinks them", async ({ page }) => {
  test.setTimeout(120_000);
  const { person, patients } = await twoRecords("admin");
  await signInAs(page, "admin", "/staff/admin/patients");
  await page.goto("/staff/admin/patients");
  await expect(page.getByRole("heading", { level: 1, name: "Possible same patient" })).toBeVisible();
  const pair = page.getByRole("listitem").filter({ hasText: person.email });
  await expect(pair.getByRole("definition").filter({ hasText: "07700 900401" })).toBeVisible();
  await expect(pair.getByRole("definition").filter({ hasText: "07700 900402" })).toBeVisible();
  await expectNoAxeViolations(page);
  await fitsTheScreen(page);

  await pair.getByRole("button", { name: /^Link as the same patient/ }).click();
  await expect(pair.getByRole("status")).toHaveText("Linked: both records share one history.");
  expect(await linked(patients)).toBe(1);
  await pair.getByRole("button", { name: /^Unlink/ }).click();
  await expect(pair.getByRole("status")).toHaveText("Unlinked: each record shows only its own visits.");
  expect(await linked(patients)).toBe(0);
});
