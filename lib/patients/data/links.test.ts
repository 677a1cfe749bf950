import { describe, expect, it } from "vitest";

import { NotAuthorized } from "@/lib/auth/actor";
import { createBooking } from "@/lib/booking/book";
import { getCase } from "@/lib/staff/data/case";
import { londonTime, mondayWeeksAhead, therapistIds } from "@/test/booking-fixtures";
import { queuedMailTo } from "@/test/mail-jobs";
import { withPg } from "@/test/pg";
import { actorForUser, auditSince, makeStaffUser, therapistWithCases } from "@/test/staff-actor";
import { submitCopyOf } from "@/test/submitted-copy";

import { confirmPatientLink, readLinkOffer } from "./confirm-link";
import { linkPatients, listPossibleSamePatients, unlinkPatients } from "./links";

const LINK = /\/confirm-patient\/([A-Za-z0-9_-]{43})/;

/** A case of its own, then a second booking under the same name and e-mail (any case): its confirmation's link token. */
async function returningPatient(at: string) {
  const mine = await therapistWithCases(["routine"]);
  const actor = await actorForUser(mine.userId);
  const first = (await getCase(actor, mine.cases[0]!.intakeId))!;
  const ids = await therapistIds();
  const again = await createBooking({
    type: "follow-up",
    therapistId: ids["maya-okafor"],
    start: londonTime(mondayWeeksAhead(8), at),
    patient: {
      name: first.patient.name.toLowerCase(),
      email: first.patient.email.toUpperCase(),
      phone: "07700 900111",
    },
  });
  if (!again.ok) throw new Error(`booking failed: ${again.error}`);
  const intake = await submitCopyOf(mine.cases[0]!.intakeId, again.reply.id);
  const mails = await queuedMailTo([first.patient.email.toUpperCase()]);
  const token = mails.map((m) => LINK.exec(m.message.text)?.[1]).find(Boolean);
  return { mine, actor, first, again, intake, token: token! };
}

const historyOf = async (actor: Awaited<ReturnType<typeof actorForUser>>, intakeId: string) =>
  (await getCase(actor, intakeId))!.history.map((h) => h.id).sort();

describe("the e-mailed 'link my visits' link", () => {
  it("is only in the e-mail, joins the visits once, and is refused forged, replayed or expired", async () => {
    const { mine, actor, first, again, intake, token } = await returningPatient("09:00");
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The API's reply never carries it.
    expect(JSON.stringify(again.reply)).not.toContain(token);
    expect(JSON.stringify(again.reply)).not.toContain("confirm-patient");
    // Only its hash is stored.
    const stored = await withPg(async (c) => (await c.query("SELECT token_hash FROM patient_link_tokens")).rows);
    expect(JSON.stringify(stored)).not.toContain(token);

    const forged = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
    expect(await readLinkOffer(forged)).toBeNull();
    expect(await confirmPatientLink(forged)).toBe(false);
    expect(await confirmPatientLink("not-a-token")).toBe(false);
    const late = new Date(Date.now() + 15 * 86_400_000);
    expect(await readLinkOffer(token, late)).toBeNull();
    expect(await confirmPatientLink(token, late)).toBe(false);

    // Until confirmed, each record's history is its own.
    expect(await historyOf(actor, mine.cases[0]!.intakeId)).toEqual([mine.cases[0]!.intakeId]);
    const offer = await readLinkOffer(token);
    expect(offer?.visits).toHaveLength(1);
    expect(first.booking.startsAt).toEqual(offer!.visits[0]!.startsAt);
    expect(await confirmPatientLink(token)).toBe(true);
    expect(await historyOf(actor, mine.cases[0]!.intakeId)).toEqual([mine.cases[0]!.intakeId, intake].sort());
    // Single use.
    expect(await confirmPatientLink(token)).toBe(false);
    expect(await readLinkOffer(token)).toBeNull();
  });

  it("is not sent when no earlier record has that name and e-mail", async () => {
    const ids = await therapistIds();
    const email = `first-time-${crypto.randomUUID().slice(0, 8)}@example.com`;
    const booked = await createBooking({
      type: "follow-up",
      therapistId: ids["maya-okafor"],
      start: londonTime(mondayWeeksAhead(8), "10:00"),
      patient: { name: "First Timer", email, phone: "07700 900222" },
    });
    expect(booked.ok).toBe(true);
    const mails = await queuedMailTo([email]);
    expect(mails.map((m) => LINK.test(m.message.text))).toEqual([false]);
  });
});

describe("an admin linking two records", () => {
  it("lists them side by side, links and unlinks, audits both, and refuses anyone else", async () => {
    const { mine, actor: therapist, first, again, intake } = await returningPatient("11:00");
    const admin = await actorForUser((await makeStaffUser("admin")).id);
    const since = new Date();
    const a = first.patient.id;
    const b = await withPg(
      async (c) =>
        (await c.query("SELECT patient_id::text AS id FROM bookings WHERE id = $1", [again.reply.id])).rows[0].id,
    );

    await expect(listPossibleSamePatients(therapist)).rejects.toThrow(NotAuthorized);
    await expect(linkPatients(therapist, a, b)).rejects.toThrow(NotAuthorized);
    await expect(unlinkPatients(therapist, a, b)).rejects.toThrow(NotAuthorized);

    const pair = (await listPossibleSamePatients(admin)).find(
      (p) => [p.a.id, p.b.id].sort().join() === [a, b].sort().join(),
    );
    expect(pair).toMatchObject({ linked: false });
    expect([pair!.a.phone, pair!.b.phone].sort()).toEqual(["07700 900111", "07700 900123"]);

    await linkPatients(admin, a, b);
    expect(await historyOf(therapist, mine.cases[0]!.intakeId)).toEqual([mine.cases[0]!.intakeId, intake].sort());
    const linked = (await listPossibleSamePatients(admin)).find((p) => [p.a.id, p.b.id].includes(a));
    expect(linked).toMatchObject({ linked: true });

    await unlinkPatients(admin, b, a);
    expect(await historyOf(therapist, mine.cases[0]!.intakeId)).toEqual([mine.cases[0]!.intakeId]);

    const events = (await auditSince(since)).filter((e) => e.actor_id === admin.userId && e.subject_type === "patient");
    expect(
      events
        .filter((e) => e.action !== "patient_links.view")
        .map((e) => `${e.action} ${e.subject_id}`)
        .sort(),
    ).toEqual([`patient.link ${a}`, `patient.link ${b}`, `patient.unlink ${a}`, `patient.unlink ${b}`].sort());
  });
});

describe("possible same patients after erasure", () => {
  it("never pairs erased records, whose e-mail addresses are all empty", async () => {
    const [x, y] = await withPg(async (c) =>
      (
        await c.query(
          `INSERT INTO patients (name, email, phone, erased_at) VALUES ('Erased patient', '', '', now()), ('Erased patient', '', '', now())
           RETURNING id::text`,
        )
      ).rows.map((r) => r.id as string),
    );
    const admin = await actorForUser((await makeStaffUser("admin")).id);
    const pairs = await listPossibleSamePatients(admin);
    expect(pairs.filter((p) => [p.a.id, p.b.id].some((id) => id === x || id === y))).toEqual([]);
  });
});
