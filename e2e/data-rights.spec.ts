import { createHash, randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";

import { expect, test, type Page, type TestInfo } from "@playwright/test";

import { copyDemoCase } from "../test/copy-demo-case";
import { expectNoAxeViolations } from "./axe";
import { withDb } from "./db";
import { signInAs } from "./staff";

// Issue 19: a patient withdraws consent from their manage link; an admin exports
// everything held about them and erases them. Each project (375 px and 1280 px)
// has a patient of its own.
const shots = process.env.SCREENSHOT_DIR;
const shot = async (page: Page, info: TestInfo, name: string) => {
  if (shots) await page.screenshot({ path: `${shots}/${name}-${page.viewportSize()?.width}.png`, fullPage: true });
  void info;
};

async function submittedCase(info: TestInfo) {
  const token = randomBytes(32).toString("base64url");
  const name = `Rhoda ${info.project.name === "phone" ? "Phoneham" : "Deskford"}`;
  const copied = await withDb(async (c) =>
    copyDemoCase(c, {
      level: "soon",
      therapistId: (await c.query("SELECT id FROM therapists WHERE slug = 'maya-okafor'")).rows[0].id,
      patientName: name,
      patientEmail: `rhoda.${info.project.name}.${Date.now()}@example.com`,
      startsAt: new Date(Date.now() + (info.project.name === "phone" ? 95 : 96) * 86_400_000),
      tokenHash: createHash("sha256").update(token).digest("hex"),
    }),
  );
  return { token, name, ...copied };
}

test("a patient withdraws consent; an admin exports their data, then erases them", async ({ page }, info) => {
  test.setTimeout(90_000);
  const { token, name, intakeId } = await submittedCase(info);

  // The patient, from their manage link.
  await page.goto(`/appointments/${token}`);
  await expect(page.getByRole("heading", { name: "Your answers and your consent" })).toBeVisible();
  await shot(page, info, "withdraw-before");
  await page.getByRole("button", { name: "Withdraw my consent" }).click();
  await expect(page.getByText("You withdrew your consent", { exact: true })).toBeVisible();
  await expect(page.getByTestId("consent-state")).toContainText("You withdrew your consent on");
  await expectNoAxeViolations(page);
  await shot(page, info, "withdraw-after");

  // The admin sees it on the case, and exports everything held.
  await signInAs(page, "admin", `/staff/cases/${intakeId}`);
  await expect(page.getByTestId("consent-withdrawn")).toContainText("do not use for new purposes");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export the patient's data" }).click();
  const exported = JSON.parse(await readFile(await (await download).path(), "utf8"));
  expect(exported.patient.name).toBe(name);
  expect(exported.bookings[0].questionnaire.answers).toBeNull();
  expect(exported.bookings[0].questionnaire.consent.withdrawnAt).toBeTruthy();
  expect(exported.fhir[0].resourceType).toBe("Bundle");
  await page.getByRole("heading", { name: "The patient's data" }).scrollIntoViewIfNeeded();
  await shot(page, info, "export");

  // Erasure asks for the name, refuses another, and then cannot be undone.
  await page.getByRole("link", { name: "Erase this patient…" }).click();
  await expect(page.getByRole("heading", { name: `Erase ${name}?`, level: 1 })).toBeVisible();
  await expect(page.getByText("This cannot be undone.")).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, info, "erase");
  const confirm = page.getByLabel("Type the patient's full name to confirm");
  await confirm.fill("Someone Else");
  await page.getByRole("button", { name: "Erase this patient for good" }).click();
  await expect(
    page.getByText("That is not the patient's full name as it is on the case. Nothing was erased."),
  ).toBeVisible();
  await expect(confirm).toHaveValue("Someone Else");
  await confirm.fill(name);
  await page.getByRole("button", { name: "Erase this patient for good" }).click();
  await expect(page.getByRole("heading", { name: "Patient erased", level: 1 })).toBeVisible();

  await page.goto(`/staff/cases/${intakeId}`);
  await expect(page.getByTestId("erased")).toContainText("Erased on");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Erased patient");
  await shot(page, info, "erased-case");
  await page.goto(`/appointments/${token}`);
  await expect(page.getByRole("heading", { name: "This link is not valid" })).toBeVisible();
});
