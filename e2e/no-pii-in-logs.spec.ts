import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { expect, test, type Page } from "@playwright/test";
import getPort from "get-port";

import { answers } from "../lib/intake/test-answers";
import { visibleQuestions } from "../lib/intake/visibility";
import { seed } from "../prisma/seed";
import { stopProcessGroup, waitForHealthy } from "../scripts/lib/next-process";
import { createTestDatabase, type TestDatabase } from "../scripts/lib/test-database";
import { clock, fill } from "./intake-steps";

// `npm run dev` is where a developer sees the server's log, and where Next.js logs
// the most (every request, and every server function with its arguments). So this
// file starts its own `next dev` on its own database, books and fills in a
// questionnaire as a patient with details found nowhere else, and then reads
// everything the server printed. Nothing the patient typed may be in it, nor the
// private links that open their booking and answers. The same goes for addresses:
// a form sent before the page's JavaScript runs must not put what was typed in the URL.
test.describe.configure({ mode: "serial" });
test.use({ viewport: { width: 375, height: 740 } });

const PATIENT = {
  name: "Zebedee Quillfeather",
  email: "zebedee.quill@pii-probe.example",
  phone: "07700 900987",
  note: "Xylophone kneecap since the Wombleton relay",
};
const ACTIVITY = "Quokka juggling practice";
const GOAL = "Marzipan marathon in the spring";
const DEMO_PASSWORD = "stride-demo-password";
const DIST_DIR = ".next-e2e-pii";

let database: TestDatabase;
let mailDir: string;
let server: ChildProcess;
let base: string;
let output = "";
const visited: string[] = [];

test.beforeAll(async () => {
  test.setTimeout(120_000);
  database = await createTestDatabase();
  await seed(database.url);
  // Next.js keeps cached rows in its folder: a new database needs a new folder.
  await rm(DIST_DIR, { recursive: true, force: true });
  mailDir = await mkdtemp(path.join(os.tmpdir(), "stride-pii-mail-"));
  const port = await getPort();
  // localhost, not 127.0.0.1: the dev server only serves its live-reload socket to localhost.
  base = `http://localhost:${port}`;
  server = spawn(path.resolve("node_modules/.bin/next"), ["dev", "--port", String(port)], {
    env: {
      ...process.env,
      NODE_ENV: "development",
      DATABASE_URL: database.url,
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: "pii-log-test-secret",
      NEXT_TELEMETRY_DISABLED: "1",
      STRIDE_DIST_DIR: DIST_DIR,
      STRIDE_MAIL_DIR: mailDir,
      STRIDE_MAIL_POLL_SECONDS: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await waitForHealthy(base, server);
});

test.afterAll(async () => {
  if (server) await stopProcessGroup(server);
  await rm(DIST_DIR, { recursive: true, force: true });
  await database?.drop();
  if (mailDir) await rm(mailDir, { recursive: true, force: true });
});

/** Every address the browser asks for, to check that none carries what the patient typed. */
function recordUrls(page: Page) {
  page.on("request", (request) => visited.push(decodeURIComponent(request.url().replace(/\+/g, " "))));
}

/** The page's React has taken over: a form sent now goes through its handler, not the browser. */
async function hydrated(page: Page) {
  await page.waitForFunction(() => {
    const form = document.querySelector("form button[type=submit]")?.closest("form");
    return !!form && Object.keys(form).some((key) => key.startsWith("__reactProps"));
  });
}

let detailsUrl: string;
let privateLinks: string[] = [];
let dob: string;

test("a patient books and sends a questionnaire through `next dev`", async ({ page }) => {
  test.setTimeout(180_000);
  recordUrls(page);
  await page.goto(`${base}/book?type=initial-assessment&therapist=any`);
  await page.locator("[data-testid^=day-] a").first().click();
  await page.getByLabel("No, none of these").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Full name").waitFor();
  detailsUrl = page.url();
  await hydrated(page);
  await page.getByLabel("Full name").fill(PATIENT.name);
  await page.getByLabel("E-mail address").fill(PATIENT.email);
  await page.getByLabel("Phone number").fill(PATIENT.phone);
  await page.getByLabel(/Anything you would like us to know/).fill(PATIENT.note);
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await page.waitForURL(/\/appointments\/[\w-]{43}/);
  const intakeLink = page.locator('a[href^="/intake/"]').first();
  const intakePath = (await intakeLink.getAttribute("href"))!;
  privateLinks = [new URL(page.url()).pathname.split("/")[2]!, intakePath.split("/")[2]!];

  await page.goto(`${base}${intakePath}`);
  const story = answers(
    {
      age: 41,
      region: "knee",
      side: "left",
      knee_area: ["front"],
      psfs: [{ activity: ACTIVITY, score: 4 }],
      goal: GOAL,
    },
    clock(),
  ) as Record<string, unknown>;
  dob = story.dob as string;
  for (const section of ["A", "B", "C", "D", "E", "F", "G", "H"]) {
    await page.locator("[data-hydrated=true]").waitFor();
    for (const q of visibleQuestions(story, clock()).filter((q) => q.section === section))
      await fill(page, q, story[q.id]);
    await page.getByRole("button", { name: "Next", exact: true }).click();
  }
  await page.getByRole("button", { name: "Send my answers" }).click();
  await expect(page.getByTestId("intake-thanks")).toBeVisible();
  // The confirmation e-mail was written: its one log line has had its chance to appear.
  await expect.poll(() => output).toContain("booking-confirmation written to");
});

test("forms sent before the page's JavaScript has run keep what was typed out of the address", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  recordUrls(page);
  await page.goto(detailsUrl);
  await page.getByLabel("Full name").fill(PATIENT.name);
  await page.getByLabel("E-mail address").fill(PATIENT.email);
  await page.getByLabel("Phone number").fill(PATIENT.phone);
  await page.getByLabel(/Anything you would like us to know/).fill(PATIENT.note);
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await page.waitForLoadState();

  await page.goto(`${base}/staff/login`);
  await page.getByLabel("E-mail address").fill("maya@stride-clinic.example");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForLoadState();
  await context.close();

  const typed = [PATIENT.name, PATIENT.email, PATIENT.phone, PATIENT.note, "maya@stride-clinic.example", DEMO_PASSWORD];
  expect(visited.filter((url) => typed.some((text) => url.includes(text)))).toEqual([]);
});

test("the server's log holds none of what the patient typed, nor their private links", () => {
  const [year, month, day] = dob.split("-");
  const secrets = {
    name: PATIENT.name,
    "first name": "Zebedee",
    email: PATIENT.email,
    phone: PATIENT.phone,
    "phone digits": PATIENT.phone.replace(/\s/g, ""),
    note: "Xylophone",
    activity: ACTIVITY,
    goal: GOAL,
    "date of birth": dob,
    "date of birth, day first": `${day}/${month}/${year}`,
    "staff password": DEMO_PASSWORD,
    ...Object.fromEntries(privateLinks.map((token, i) => [`private link ${i + 1}`, token])),
  };
  const found = Object.entries(secrets)
    .filter(([, text]) => output.includes(text))
    .map(([what]) => what);
  // The log was read, and it is the dev server's: it says what it served.
  expect(output).toContain("GET /book");
  expect(found, `the dev server's output:\n${output}`).toEqual([]);
});
