import path from "node:path";

import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import type pg from "pg";

import { insertTestBooking } from "../test/booking-factory";

import { withDb } from "./db";
import { buildActions, buildRoutes, callServerAction, isPrerendered } from "./next-internals";
import { DEMO_PASSWORD, STAFF, therapistWithCases } from "./staff";

// Every staff page, route handler and server action, for every kind of user,
// called directly (server actions by their id, with forged case ids), not only
// through the UI. The routes and actions come from the build's own manifests
// (read in e2e/next-internals.ts), so a new one that is missing from the
// expectations below fails this test.

const base = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000";
const dist = path.resolve(process.env.STRIDE_DIST_DIR ?? ".next-e2e");
// "forged cookie" carries a session cookie that is not a valid token: it gets past
// the proxy's cookie check, so it shows that each page and action checks for itself.
type Who = "anonymous" | "forged cookie" | "therapist A" | "therapist B" | "admin";
type Outcome =
  "allow" | "shell" | "A's case listed" | "none of A's" | "login" | "to queue" | "404" | "not_found" | "refused";
const WHO: Who[] = ["anonymous", "forged cookie", "therapist A", "therapist B", "admin"];

async function signedIn(email?: string, password = DEMO_PASSWORD): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL: base });
  if (!email) return context;
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
  });
  expect(response.ok(), `sign-in as ${email}`).toBe(true);
  return context;
}

/** What a page or route handler answered, without following redirects; `inspect` reads an allowed answer's body. */
async function visit(
  context: APIRequestContext,
  url: string,
  inspect?: (body: string) => Outcome,
  post?: unknown,
): Promise<Outcome | string> {
  const response =
    post === undefined
      ? await context.get(url, { maxRedirects: 0 })
      : await context.post(url, { data: post, maxRedirects: 0 });
  if (inspect && response.status() === 200) return inspect(await response.text());
  const location = response.headers().location ?? "";
  if (response.status() >= 300 && response.status() < 400 && location.includes("/staff/login")) return "login";
  if (response.status() >= 300 && response.status() < 400 && new URL(location, base).pathname === "/staff")
    return "to queue";
  if (response.status() === 404) return "404";
  // Reached, and refused for what was sent (a name that does not match).
  if (response.status() === 422) return "refused";
  // A prerendered page: the same bytes for everyone, no data (its data route decides).
  if (response.status() === 200 && isPrerendered(response)) return "shell";
  if (response.status() === 200) return "allow";
  return `HTTP ${response.status()} ${location}`;
}

/** Calls a server action by id and reads its ActionResult (lib/forms/action-result.ts). */
async function callAction(
  context: APIRequestContext,
  page: string,
  id: string,
  args: unknown[],
): Promise<Outcome | string> {
  const reply = await callServerAction(context, page, id, args);
  if (reply.kind === "redirect")
    return reply.location.includes("/staff/login") ? "login" : `redirect ${reply.location}`;
  if (reply.kind === "not found") return "404";
  if (reply.kind === "failed") return `HTTP ${reply.status} ${reply.text.slice(0, 120)}`;
  const result = reply.value as { ok?: unknown; fieldErrors?: unknown; formError?: { reason?: unknown } } | null;
  if (result?.ok === true) return "allow";
  if (result?.ok !== false || typeof result.fieldErrors !== "object") {
    return `not an ActionResult: ${JSON.stringify(result).slice(0, 120)}`;
  }
  if (result.formError?.reason === "not_found") return "not_found";
  // Reached and refused for another reason (e.g. a wrong current password).
  return "refused";
}

/** A booking like the case's (therapist, type, patient) starting `hoursFromNow` from now (negative: started). */
async function bookingLike(c: pg.Client, intakeId: string, hoursFromNow: number): Promise<string> {
  const { rows } = await c.query(
    `SELECT b.therapist_id, b.appointment_type_id, b.patient_id
       FROM bookings b JOIN intakes i ON i.booking_id = b.id WHERE i.id = $1`,
    [intakeId],
  );
  const { therapist_id: therapist, appointment_type_id: type, patient_id: patient } = rows[0];
  return (
    await insertTestBooking(c, { therapist, type, patient, startsAt: new Date(Date.now() + hoursFromNow * 3_600_000) })
  ).id;
}

test("authorization matrix: every staff page, route handler and server action × every kind of user", async () => {
  test.setTimeout(180_000);
  const a = await therapistWithCases("matrix-a");
  const b = await therapistWithCases("matrix-b");
  const caseA = a.cases.emergency.intakeId;
  const tomId = await withDb(
    async (c) => (await c.query("SELECT id FROM therapists WHERE slug = 'tom-reilly'")).rows[0].id as string,
  );
  // Admin actions run for real when the admin calls them: they target A's own (inactive) profile, a throwaway
  // account, and save a type unchanged, so no other spec sees a difference.
  const admin = await withDb(async (c) => ({
    therapistA: (await c.query("SELECT id FROM therapists WHERE staff_user_id = $1", [a.userId])).rows[0].id as string,
    throwaway: (
      await c.query(
        "INSERT INTO staff_users (email, name, password_hash, role) VALUES ($1, 'Matrix Throwaway', 'x', 'therapist') RETURNING id",
        [`matrix-${crypto.randomUUID()}@example.com`],
      )
    ).rows[0].id as string,
    clinic: (
      await c.query(`SELECT name, phone, email, address, time_zone AS "timeZone" FROM clinic_settings WHERE id = 1`)
    ).rows[0],
    // Two throwaway patient records for the admin to link and unlink.
    patients: (
      await c.query(
        `INSERT INTO patients (name, email, phone) VALUES ('Matrix Pat', $1, '07700 900001'), ('Matrix Pat', $1, '07700 900002')
         RETURNING id`,
        [`matrix-pat-${crypto.randomUUID()}@example.com`],
      )
    ).rows.map((r) => r.id as string),
    // A booking of A's that has already started, so attendance may be marked on it.
    pastBookingA: await bookingLike(c, caseA, -3),
    // And two of A's a month ahead: one to move, one to cancel (actions run in no set order).
    futureBookingA: await bookingLike(c, caseA, 30 * 24),
    cancellableA: await bookingLike(c, caseA, 31 * 24),
    type: (
      await c.query(`SELECT id, name, description, minutes, buffer_before_minutes AS "bufferBeforeMinutes", buffer_after_minutes AS "bufferAfterMinutes",
             (price_minor / 100)::text || '.' || lpad((price_minor % 100)::text, 2, '0') AS price, active, min_notice_minutes AS "minNoticeMinutes",
             horizon_days AS "horizonDays", slot_step_minutes AS "slotStepMinutes", cancel_cutoff_minutes AS "cancelCutoffMinutes"
             FROM appointment_types WHERE slug = 'follow-up'`)
    ).rows[0],
  }));
  const contexts: Record<Who, APIRequestContext> = {
    anonymous: await signedIn(),
    "forged cookie": await playwrightRequest.newContext({
      baseURL: base,
      extraHTTPHeaders: { cookie: "next-auth.session-token=forged.not-a-jwt" },
    }),
    "therapist A": await signedIn(a.email, a.password),
    "therapist B": await signedIn(b.email, b.password),
    admin: await signedIn(STAFF.admin),
  };

  const out = (who: Who) => who === "anonymous" || who === "forged cookie";
  const adminOnly = (who: Who): Outcome => (out(who) ? "login" : who === "admin" ? "allow" : "404");
  const anyStaff = (who: Who): Outcome => (out(who) ? "login" : "allow");
  const ownCase = (who: Who, denied: Outcome): Outcome =>
    out(who) ? "login" : who === "therapist B" ? denied : "allow";

  // Pages and route handlers: url to visit and who may open it.
  const ROUTES: Record<
    string,
    { url: string; expect: (who: Who) => Outcome; inspect?: (body: string) => Outcome; post?: unknown }
  > = {
    // The queue's page holds no data (its cases come from /staff/api/queue), but is rendered
    // per request for its CSP nonce, and so checks the session like every other page.
    "/staff/page": {
      url: "/staff",
      expect: (who) => (who === "anonymous" || who === "forged cookie" ? "login" : "allow"),
    },
    // Asks for A's cases by therapist id: a therapist's own scope wins over the filter.
    "/staff/api/queue/route": {
      url: `/staff/api/queue?therapist=${admin.therapistA}`,
      expect: (who) => (out(who) ? "login" : who === "therapist B" ? "none of A's" : "A's case listed"),
      inspect: (body) => (body.includes(caseA) ? "A's case listed" : "none of A's"),
    },
    "/staff/login/page": { url: "/staff/login", expect: (who) => (out(who) ? "allow" : "to queue") },
    "/staff/cases/[id]/page": { url: `/staff/cases/${caseA}`, expect: (who) => ownCase(who, "404") },
    "/staff/api/cases/[id]/fhir/route": { url: `/staff/api/cases/${caseA}/fhir`, expect: (who) => ownCase(who, "404") },
    "/staff/export/route": { url: "/staff/export", expect: adminOnly },
    // A count only: any signed-in staff member gets theirs (scoped in the data function, lib/staff/data/queue.ts).
    "/staff/api/queue/new/route": { url: "/staff/api/queue/new?since=2020-01-01T00:00:00Z", expect: anyStaff },
    "/staff/admin/attendance/page": { url: "/staff/admin/attendance", expect: adminOnly },
    "/staff/password/page": { url: "/staff/password", expect: anyStaff },
    "/staff/schedule/page": { url: "/staff/schedule", expect: anyStaff },
    // Scoped in the data function: a therapist sees those waiting for them or anyone (lib/waitlist/data/staff-view.ts).
    "/staff/waitlist/page": { url: "/staff/waitlist", expect: anyStaff },
    "/staff/admin/page": { url: "/staff/admin", expect: adminOnly },
    "/staff/admin/clinic/page": { url: "/staff/admin/clinic", expect: adminOnly },
    "/staff/admin/staff/page": { url: "/staff/admin/staff", expect: adminOnly },
    "/staff/admin/hours/page": { url: "/staff/admin/hours", expect: adminOnly },
    "/staff/admin/hours/[therapistId]/page": { url: `/staff/admin/hours/${admin.therapistA}`, expect: adminOnly },
    "/staff/admin/types/page": { url: "/staff/admin/types", expect: adminOnly },
    "/staff/admin/types/[typeId]/page": { url: `/staff/admin/types/${admin.type.id}`, expect: adminOnly },
    "/staff/admin/audit/page": { url: "/staff/admin/audit", expect: adminOnly },
    "/staff/admin/patients/page": { url: "/staff/admin/patients", expect: adminOnly },
    "/staff/admin/patients/[id]/erase/page": {
      url: `/staff/admin/patients/${admin.patients[0]}/erase`,
      expect: adminOnly,
    },
    "/staff/api/patients/[id]/export/route": {
      url: `/staff/api/patients/${admin.patients[0]}/export`,
      expect: adminOnly,
    },
    // A name that is not the patient's: the admin reaches the erasure and is refused; nothing is erased.
    "/staff/api/patients/[id]/erase/route": {
      url: `/staff/api/patients/${admin.patients[0]}/erase`,
      post: { confirm: "Not The Name" },
      expect: (who) => (out(who) ? "login" : who === "admin" ? "refused" : "404"),
    },
  };

  // Server actions: the arguments a forger would send (therapist A's case id), and who may run them.
  const ACTIONS: Record<string, { args: unknown[]; expect: (who: Who) => Outcome }> = {
    markReviewedAction: { args: [caseA], expect: (who) => ownCase(who, "not_found") },
    addNoteAction: {
      args: [caseA, { body: "forged note from the matrix" }],
      expect: (who) => ownCase(who, "not_found"),
    },
    overrideAction: {
      args: [caseA, { disposition: "routine", reason: "forged override from the matrix" }],
      expect: (who) => ownCase(who, "not_found"),
    },
    moveBookingAction: { args: [caseA, { therapistId: tomId }], expect: adminOnly },
    markAttendanceAction: {
      args: [{ bookingId: admin.pastBookingA, outcome: "completed" }],
      expect: (who) => ownCase(who, "not_found"),
    },
    // 03:00 is in no diary: whoever may move A's booking is refused for the time, never moves it.
    moveTimeAction: {
      args: [{ bookingId: admin.futureBookingA, date: "2031-01-07", time: "03:00" }],
      expect: (who) => ownCase(who, "not_found").replace("allow", "refused") as Outcome,
    },
    // Therapist A cancels their own booking; B may not; by the admin's turn it is already cancelled.
    cancelForPatientAction: {
      args: [{ bookingId: admin.cancellableA }],
      expect: (who) => (out(who) ? "login" : who === "therapist A" ? "allow" : "not_found"),
    },
    changePasswordAction: {
      args: [
        {
          currentPassword: "not the password",
          newPassword: "violet tram harbour 42",
          confirmPassword: "violet tram harbour 42",
        },
      ],
      expect: (who) => (out(who) ? "login" : "refused"),
    },
    // An invalid e-mail: the admin reaches the action and gets field errors, and the clinic row (which
    // staff-admin.spec changes and restores under a lock) is never written from here.
    saveClinicAction: {
      args: [{ ...admin.clinic, email: "not an address" }],
      expect: (who) => (out(who) ? "login" : who === "admin" ? "refused" : "404"),
    },
    // Out of range: the admin gets field errors, and the limits (which other specs rely on) are never written.
    saveLimitsAction: {
      args: [{ bookingsPerAddressHour: 0, futureBookingsPerEmail: 0, changesPerBooking: -1, slotQueriesPerMinute: 0 }],
      expect: (who) => (out(who) ? "login" : who === "admin" ? "refused" : "404"),
    },
    // Not hours: the admin gets field errors, and the reminder times are never written.
    // Out of range: the admin gets field errors, and the retention period is never written.
    saveRetentionAction: {
      args: [{ years: 0 }],
      expect: (who) => (out(who) ? "login" : who === "admin" ? "refused" : "404"),
    },
    // Another name than the patient's: the admin is refused; nothing is erased.
    eraseAction: {
      args: [admin.patients[0], { confirm: "Not The Name" }],
      expect: (who) => (out(who) ? "login" : who === "admin" ? "refused" : "404"),
    },
    saveMessagesAction: {
      args: [{ reminders: "soon", chases: "" }],
      expect: (who) => (out(who) ? "login" : who === "admin" ? "refused" : "404"),
    },
    createStaffUserAction: {
      args: [
        {
          name: "Matrix Created",
          email: `matrix-${crypto.randomUUID()}@example.com`,
          role: "therapist",
          therapistId: "",
        },
      ],
      expect: adminOnly,
    },
    resetPasswordAction: { args: [{ userId: admin.throwaway }], expect: adminOnly },
    signOutEverywhereAction: { args: [{ userId: admin.throwaway }], expect: adminOnly },
    deactivateAction: { args: [{ userId: admin.throwaway }], expect: adminOnly },
    reactivateAction: { args: [{ userId: admin.throwaway }], expect: adminOnly },
    saveWeeklyHoursAction: {
      args: [{ therapistId: admin.therapistA, days: Array.from({ length: 7 }, () => ({ ranges: [] })) }],
      expect: adminOnly,
    },
    addTimeOffAction: {
      args: [{ therapistId: admin.therapistA, date: "2031-01-07", allDay: true, start: "", end: "", reason: "" }],
      expect: adminOnly,
    },
    removeTimeOffAction: {
      args: [{ therapistId: admin.therapistA, overrideId: crypto.randomUUID() }],
      expect: adminOnly,
    },
    saveAppointmentTypeAction: { args: [admin.type], expect: adminOnly },
    linkPatientsAction: { args: [{ a: admin.patients[0], b: admin.patients[1] }], expect: adminOnly },
    unlinkPatientsAction: { args: [{ a: admin.patients[0], b: admin.patients[1] }], expect: adminOnly },
  };

  const routes = buildRoutes(dist).filter((key) => key.startsWith("/staff"));
  expect(
    routes.filter((key) => !(key in ROUTES)),
    "staff routes missing from the matrix",
  ).toEqual([]);

  // A successful move changes whose case it is, so it runs after the others.
  const actions = buildActions(dist)
    .filter((action) => action.filename.startsWith("app/staff/"))
    .sort((x, y) => Number(x.exportedName === "moveBookingAction") - Number(y.exportedName === "moveBookingAction"));
  expect(
    actions.map((e) => e.exportedName).filter((name) => !(name in ACTIONS)),
    "staff actions missing from the matrix",
  ).toEqual([]);

  const rows: { target: string; who: Who; expected: Outcome; actual: string }[] = [];
  for (const route of Object.values(ROUTES)) {
    for (const who of WHO)
      rows.push({
        target: `${route.post === undefined ? "GET" : "POST"} ${route.url.replace(caseA, "<A's case>").replace(admin.therapistA, "<A's id>")}`,
        who,
        expected: route.expect(who),
        actual: await visit(contexts[who], route.url, route.inspect, route.post),
      });
  }
  for (const entry of actions) {
    const spec = ACTIONS[entry.exportedName]!;
    // Post to the page that uses the action (a case page, with A's case id).
    const page = entry.page
      .replace("[id]", caseA)
      .replace("[therapistId]", admin.therapistA)
      .replace("[typeId]", admin.type.id);
    for (const who of WHO)
      rows.push({
        target: `action ${entry.exportedName}`,
        who,
        expected: spec.expect(who),
        actual: await callAction(contexts[who], page, entry.id, spec.args),
      });
  }

  const width = Math.max(...rows.map((r) => r.target.length));
  const cell = Math.max(...rows.map((r) => r.actual.length + 2), ...WHO.map((w) => w.length));
  console.log(`\n${"target".padEnd(width)}  ${WHO.map((w) => w.padEnd(cell)).join(" ")}`);
  for (const target of [...new Set(rows.map((r) => r.target))]) {
    const cells = WHO.map((who) => {
      const row = rows.find((r) => r.target === target && r.who === who)!;
      return `${row.actual === row.expected ? "" : "✗ "}${row.actual}`.padEnd(cell);
    });
    console.log(`${target.padEnd(width)}  ${cells.join(" ")}`);
  }
  expect(rows.filter((r) => r.actual !== r.expected)).toEqual([]);

  // Denied calls left no trace in the data.
  const forged = await withDb(
    async (c) =>
      (
        await c.query("SELECT count(*)::int AS n FROM staff_notes WHERE intake_id = $1 AND author_id = $2", [
          caseA,
          b.userId,
        ])
      ).rows[0].n,
  );
  expect(forged).toBe(0);
  for (const context of Object.values(contexts)) await context.dispose();
});
