import { describe, expect, it } from "vitest";

import { findBookingByTokenHash } from "@/lib/booking/data/manage";
import { hashToken, newToken } from "@/lib/booking/tokens";
import { caseBundle } from "@/lib/fhir/case-bundle";
import { caseRecordOf } from "@/lib/fhir/case-record";
import { queueFiltersSchema } from "@/lib/staff/queue-filters";
import { getCase } from "@/lib/staff/data/case";
import { exportQueueCsv } from "@/lib/staff/data/export";
import { copyDemoCase } from "@/test/copy-demo-case";
import { queuedMailTo } from "@/test/mail-jobs";
import { withPg } from "@/test/pg";
import { actorForUser, makeStaffUser, therapistWithCases } from "@/test/staff-actor";

import { withdrawConsentByToken } from "./consent";

/** One CSV row's cells (quoted cells may hold commas and doubled quotes). */
function cellsOf(row: string): string[] {
  const cells = [""];
  let quoted = false;
  for (let i = 0; i < row.length; i++) {
    const ch = row[i]!;
    if (quoted && ch === '"' && row[i + 1] === '"') {
      cells[cells.length - 1] += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === "," && !quoted) cells.push("");
    else cells[cells.length - 1] += ch;
  }
  return cells;
}

async function sentCase(email: string) {
  const { therapistId } = await therapistWithCases([]);
  const token = newToken();
  const copied = await withPg((c) =>
    copyDemoCase(c, {
      level: "urgent",
      therapistId,
      patientName: "Constance Withdrawn",
      patientEmail: email,
      startsAt: new Date(Date.UTC(2033, 5, 1, 10)),
      tokenHash: hashToken(token),
    }),
  );
  return { token, therapistId, ...copied };
}

describe("withdrawing consent from the manage link", () => {
  it("marks the questionnaire withdrawn once (its consent version kept), e-mails the patient, and staff see it", async () => {
    const email = `withdraw.${crypto.randomUUID()}@example.com`;
    const { token, intakeId } = await sentCase(email);
    const at = new Date("2033-01-10T12:00:00Z");
    expect(await withdrawConsentByToken(token, at)).toBe("withdrawn");
    expect(await withdrawConsentByToken(token, new Date())).toBe("already");

    const booking = await findBookingByTokenHash(hashToken(token));
    expect(booking?.questionnaire).toMatchObject({ state: "sent", withdrawnAt: at });
    const row = await withPg(
      async (c) =>
        (await c.query("SELECT consent_withdrawn_at, consent_text_version FROM intakes WHERE id = $1", [intakeId]))
          .rows[0],
    );
    expect(row.consent_withdrawn_at).toEqual(at);
    expect(row.consent_text_version).not.toBeNull();

    const [mail] = (await queuedMailTo([email])).map((j) => j.message);
    expect(mail).toMatchObject({
      kind: "consent-withdrawn",
      subject: "You withdrew your consent for your questionnaire",
    });
    expect(mail!.text).not.toMatch(/urgent|pain|knee|triage/i);

    const admin = await actorForUser((await makeStaffUser("admin")).id);
    expect((await getCase(admin, intakeId))?.consentWithdrawnAt).toEqual(at);
  });

  it("leaves the answers out of the CSV and the FHIR Bundle from then on", async () => {
    const email = `withdraw.${crypto.randomUUID()}@example.com`;
    const { token, intakeId, therapistId } = await sentCase(email);
    const admin = await actorForUser((await makeStaffUser("admin")).id);
    const filters = queueFiltersSchema.parse({ therapist: therapistId });
    const before = (await exportQueueCsv(admin, filters, true)).csv.split("\r\n")[1]!;
    expect(before).toMatch(/,U\d+/);

    await withdrawConsentByToken(token);
    const [header, after] = (await exportQueueCsv(admin, filters, true)).csv.split("\r\n");
    const values = cellsOf(after!);
    const cells = Object.fromEntries(cellsOf(header!).map((name, i) => [name, values[i]]));
    expect(cells.case_id).toBe(intakeId);
    expect(cells.disposition).toBe("urgent");
    for (const column of ["flags", "pain_now", "psfs", "answer_goal"]) expect(cells[column], column).toBe("");
    expect(cells.consent_withdrawn_at).toMatch(/^\d{4}-\d\d-\d\dT/);

    const bundle = caseBundle(caseRecordOf((await getCase(admin, intakeId))!), "https://clinic.example") as {
      entry: { resource: { resourceType: string; item?: unknown; extension?: unknown } }[];
    };
    const response = bundle.entry.find((e) => e.resource.resourceType === "QuestionnaireResponse")!.resource;
    expect(response.item).toBeUndefined();
    expect(response.extension).toBeDefined();
  });

  it("is refused for an unknown link", async () => {
    expect(await withdrawConsentByToken(newToken())).toBe("not_found");
    expect(await withdrawConsentByToken("not-a-token")).toBe("not_found");
  });
});
