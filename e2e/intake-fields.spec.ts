import { expect, test, type Locator, type Page } from "@playwright/test";

import { answers } from "../lib/intake/test-answers";
import { expectNoAxeViolations } from "./axe";
import { withDb } from "./db";
import { atStep, bookIntake, clock, completeStep } from "./intake-steps";
import { signInAs } from "./staff";
import { PHONE_ONLY } from "./projects";

// The questionnaire's fields on a phone: the date of birth in three boxes, the
// 0–10 pain scale, questions worded for the region, and the body picture.

type Story = Record<string, unknown>;
const story = (overrides: Parameters<typeof answers>[0]) => answers(overrides, clock()) as Story;

/** Each test books its own appointment, in its own week per screen size. */
const offset = (project: string, week: number) => 2 + week * 7 + (project === "phone" ? 3 : 0);

const box = async (locator: Locator) => {
  const found = await locator.boundingBox();
  if (!found) throw new Error("not on screen");
  return found;
};

async function upTo(page: Page, answered: Story, sections: string[]) {
  for (const section of sections) await completeStep(page, answered, section);
}

test(
  "a date of birth typed as day, month and year is stored as 1985-03-14, read back as 14 March 1985, and staff see it with the age",
  PHONE_ONLY,
  async ({ page }, info) => {
    test.setTimeout(180_000);
    const who = `dob.${info.project.name}`;
    await page.goto(await bookIntake(who, offset(info.project.name, 0)));
    await atStep(page, "A");
    const dob = page.getByRole("group", { name: "What is your date of birth?" });
    // The GOV.UK date input: three labelled boxes for numbers, filled in by the browser's autofill.
    for (const name of ["Day", "Month", "Year"]) {
      const input = dob.getByLabel(name, { exact: true });
      await expect(input).toHaveAttribute("inputmode", "numeric");
      await expect(input).toHaveAttribute("autocomplete", `bday-${name.toLowerCase()}`);
    }
    await dob.getByLabel("Day", { exact: true }).fill("14");
    await dob.getByLabel("Month", { exact: true }).fill("3");
    await dob.getByLabel("Year", { exact: true }).fill("1985");
    await expectNoAxeViolations(page);

    const answered = story({ dob: "1985-03-14" });
    await upTo(page, answered, ["A", "B", "C", "D", "E", "F", "G", "H"]);
    await expect(page.getByRole("heading", { name: "Check your answers" })).toBeVisible();
    const aboutYou = page.getByRole("region", { name: "About you" });
    await expect(
      aboutYou.getByText("What is your date of birth?").locator("xpath=following-sibling::dd[1]"),
    ).toHaveText("14 March 1985");
    await page.getByRole("button", { name: "Send my answers" }).click();
    await expect(page.getByTestId("intake-thanks")).toBeVisible();

    const intakeId = await withDb(async (c) => {
      const { rows } = await c.query(
        `SELECT i.id, i.answers->>'dob' AS dob FROM intakes i JOIN bookings b ON b.id = i.booking_id
         JOIN patients p ON p.id = b.patient_id WHERE p.email = $1`,
        [`${who}@example.com`],
      );
      expect(rows).toEqual([{ id: expect.any(String), dob: "1985-03-14" }]);
      return rows[0].id as string;
    });

    // Age on the clinic's calendar on the day the answers were sent (today).
    const [year, month, day] = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" })
      .format(new Date())
      .split("-")
      .map(Number) as [number, number, number];
    const age = year - 1985 - (month < 3 || (month === 3 && day < 14) ? 1 : 0);
    await signInAs(page, "admin", `/staff/cases/${intakeId}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Intake Patient");
    await expect(page.locator("article header").getByText(`14 March 1985 (age ${age})`)).toBeVisible();
    await expectNoAxeViolations(page);
  },
);

test("a date of birth without a month says so above the boxes, focuses the month box and marks only it; future dates and short years are refused; a reload keeps what was typed", async ({
  page,
}, info) => {
  test.setTimeout(90_000);
  const path = await bookIntake(`dob-error.${info.project.name}`, offset(info.project.name, 1));
  await page.goto(path);
  await atStep(page, "A");
  const dob = page.getByRole("group", { name: "What is your date of birth?" });
  const [dayBox, monthBox, yearBox] = ["Day", "Month", "Year"].map((name) => dob.getByLabel(name, { exact: true }));
  await expect(dayBox!).toBeVisible();
  await dayBox!.fill("14");
  await yearBox!.fill("1985");
  await page.getByRole("button", { name: "Next", exact: true }).click();

  const error = dob.getByText("Date of birth must include a month", { exact: true });
  await expect(error).toBeVisible();
  await expect(monthBox!).toBeFocused();
  await expect(monthBox!).toHaveAttribute("aria-invalid", "true");
  await expect(dayBox!).not.toHaveAttribute("aria-invalid", "true");
  await expect(yearBox!).not.toHaveAttribute("aria-invalid", "true");
  await expect(dob).toHaveAccessibleDescription(/Date of birth must include a month/);
  expect((await box(error)).y).toBeLessThan((await box(dayBox!)).y);
  await expectNoAxeViolations(page);

  await monthBox!.fill("3");
  await yearBox!.fill(String(new Date().getFullYear() + 1));
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(dob.getByText("Date of birth must be in the past", { exact: true })).toBeVisible();

  await yearBox!.fill("85");
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(dob.getByText("Year must include 4 numbers", { exact: true })).toBeVisible();
  await expect(yearBox!).toBeFocused();
  await expect(dayBox!).not.toHaveAttribute("aria-invalid", "true");

  // A half-typed date kept in this browser's draft comes back as typed. The page keeps
  // its own copy a moment after each change (and on leaving): wait for that, so the
  // copy written here is the one the reload finds.
  const draftKey = `stride-intake-${path.split("/").at(-1)!.slice(0, 12)}`;
  await expect
    .poll(() =>
      page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "{}")?.answers?.dob?.year as unknown, draftKey),
    )
    .toBe("85");
  await page.evaluate((key) => {
    const draft = { answers: { dob: { day: "14", month: "", year: "1985" } }, step: "A", savedAt: Date.now() };
    localStorage.setItem(key, JSON.stringify(draft));
  }, draftKey);
  await page.reload();
  await atStep(page, "A");
  await expect(dayBox!).toHaveValue("14");
  await expect(monthBox!).toHaveValue("");
  await expect(yearBox!).toHaveValue("1985");
});

test("the pain scale's 11 options lie in one row at 375 px, with its end labels under 0 and 10, said once", async ({
  page,
}, info) => {
  test.setTimeout(120_000);
  await page.goto(await bookIntake(`pain.${info.project.name}`, offset(info.project.name, 2)));
  await upTo(page, story({ region: "knee", knee_area: ["front"], onset: "gradual" }), ["A", "B", "C"]);
  await atStep(page, "D");
  const scale = page.getByRole("group", { name: "How bad is your pain right now?" });
  const options = scale.locator("label").filter({ has: page.getByRole("radio") });
  await expect(options).toHaveCount(11);
  const boxes = await Promise.all(Array.from({ length: 11 }, (_, n) => box(options.nth(n))));
  for (const [n, b] of boxes.entries()) {
    expect(Math.abs(b.y - boxes[0]!.y), `option ${n} is in the first row`).toBeLessThan(1);
    expect(b.width, `option ${n} is at least 24 px wide`).toBeGreaterThanOrEqual(24);
    expect(b.height, `option ${n} is at least 24 px tall`).toBeGreaterThanOrEqual(24);
  }
  expect(boxes[10]!.x + boxes[10]!.width).toBeLessThanOrEqual(page.viewportSize()!.width);

  const low = await box(scale.getByText("0 = no pain", { exact: true }));
  const high = await box(scale.getByText("10 = the worst pain you can imagine", { exact: true }));
  const rowBottom = boxes[0]!.y + boxes[0]!.height;
  expect(low.y).toBeGreaterThanOrEqual(rowBottom);
  expect(high.y).toBeGreaterThanOrEqual(rowBottom);
  expect(Math.abs(low.x - boxes[0]!.x)).toBeLessThan(2);
  expect(Math.abs(high.x + high.width - (boxes[10]!.x + boxes[10]!.width))).toBeLessThan(2);

  // A screen reader hears the scale's meaning once: as the group's description, not again in a radio's name.
  for (let n = 0; n <= 10; n++) await expect(scale.getByRole("radio", { name: String(n), exact: true })).toHaveCount(1);
  await expect(scale).toHaveAccessibleDescription(/^0 = no pain\W*10 = the worst pain you can imagine$/);
  expect((await scale.innerText()).match(/worst pain you can imagine/g)).toHaveLength(1);
  await expectNoAxeViolations(page);
});

test(
  "a lower-back patient is asked questions worded for the back, never about their leg or 'the painful joint'",
  PHONE_ONLY,
  async ({ page }, info) => {
    test.setTimeout(150_000);
    await page.goto(await bookIntake(`back.${info.project.name}`, offset(info.project.name, 3)));
    const back = story({ region: "lower_back", onset: "gradual" });
    await upTo(page, back, ["A", "B", "C", "D", "E"]);
    await atStep(page, "F");
    const legend = (id: string) => page.locator(`[data-question="${id}"] legend`);
    await expect(legend("can_walk_4_steps")).toHaveText("Right now, can you walk 4 steps?");
    await expect(legend("hot_red_swollen_joint")).toHaveText(
      "Is the painful part of your back swollen and hot, or has the skin over it changed colour?",
    );
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await expect(page.locator('[data-question="can_walk_4_steps"]')).toContainText(
      "Answer yes or no: can you walk 4 steps right now?",
    );
    await expect(page.locator('[data-question="hot_red_swollen_joint"]')).toContainText(
      "Answer yes or no: is the painful part of your back swollen and hot, or a different colour?",
    );
    const main = page.locator("main");
    await expect(main).not.toContainText("on your leg");
    await expect(main).not.toContainText("painful joint");
    await expectNoAxeViolations(page);

    await upTo(page, back, ["F", "G", "H"]);
    await expect(page.getByRole("heading", { name: "Check your answers" })).toBeVisible();
    await expect(main.getByText("Right now, can you walk 4 steps?", { exact: true })).toBeVisible();
    await expect(main).not.toContainText("on your leg");
    await expect(main).not.toContainText("painful joint");
  },
);

test("the body picture is centred, each region on it is labelled and at least 44 px, and choosing one checks its radio", async ({
  page,
}, info) => {
  test.setTimeout(90_000);
  await page.goto(await bookIntake(`picture.${info.project.name}`, offset(info.project.name, 4)));
  await completeStep(page, story({}), "A");
  await atStep(page, "B");
  const where = page.getByRole("group", { name: "Where is the problem?" });
  const picture = page.getByTestId("body-picture");
  await expect(picture).toBeVisible();
  const [figure, field] = [await box(picture), await box(where)];
  expect(Math.abs(figure.x + figure.width / 2 - (field.x + field.width / 2))).toBeLessThan(2);

  const regions = {
    knee: "Knee",
    hip_groin: "Hip and groin",
    foot_heel: "Foot and heel",
    ankle: "Ankle",
    lower_leg: "Lower leg and calf",
    thigh: "Thigh",
    lower_back: "Lower back",
  };
  for (const [code, name] of Object.entries(regions)) {
    const radio = where.getByRole("radio", { name, exact: true });
    const label = picture.locator("label").filter({ has: page.getByRole("radio", { name, exact: true }) });
    const labelBox = await box(label);
    expect(labelBox.height, `${name}'s label is 44 px tall`).toBeGreaterThanOrEqual(44);
    expect(labelBox.width, `${name}'s label is 44 px wide`).toBeGreaterThanOrEqual(44);
    const spot = picture.locator(`[data-region-spot="${code}"]`);
    const spotBox = await box(spot);
    expect(spotBox.width, `${name}'s spot is 44 px wide`).toBeGreaterThanOrEqual(44);
    expect(spotBox.height, `${name}'s spot is 44 px tall`).toBeGreaterThanOrEqual(44);
    await spot.click();
    await expect(radio).toBeChecked();
    await expect(where.getByRole("radio", { checked: true })).toHaveCount(1);
  }
  await expect(where.getByRole("radio", { name: "Somewhere else", exact: true })).toBeVisible();

  // From the keyboard it is one radio group: arrows move the choice.
  await where.getByRole("radio", { name: "Thigh", exact: true }).focus();
  await page.keyboard.press("ArrowDown");
  await expect(where.getByRole("radio", { name: "Knee", exact: true })).toBeChecked();
  await expectNoAxeViolations(page);
});
