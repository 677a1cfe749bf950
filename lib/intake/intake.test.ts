import { describe, expect, it } from "vitest";

import { hashToken, newToken } from "@/lib/booking/tokens";
import { insertTestBooking } from "@/test/booking-factory";
import { londonTime, mondayWeeksAhead } from "@/test/booking-fixtures";
import { withPg } from "@/test/pg";

import { openIntake, saveDraftByToken, submitByToken } from "./intake";
import { answers } from "./test-answers";

/** A booking of its own at a time no other test uses, and its intake link's token. */
async function intakeLink(hhmm: string): Promise<string> {
  const token = newToken();
  await withPg((c) =>
    insertTestBooking(c, {
      therapist: "priya-shah",
      patient: { name: "Card Patient", email: `card.${hhmm.replace(":", "")}@example.com` },
      startsAt: new Date(londonTime(mondayWeeksAhead(40), hhmm)),
      intakeTokenHash: hashToken(token),
    }),
  );
  return token;
}

const SAFETY_SO_FAR = { ...answers({ region: "lower_back" }) } as Record<string, unknown>;
for (const later of ["psfs", "goal", "previous_episode", "consent_health_data"]) delete SAFETY_SO_FAR[later];

describe("the emergency card during the questionnaire", () => {
  it("is answered from the draft's own answers as soon as they call for it, and recorded once", async () => {
    const token = await intakeLink("02:00");
    const calm = await saveDraftByToken(token, SAFETY_SO_FAR, "G", "F");
    expect(calm).toEqual({ ok: true, emergency: null });

    const at = new Date("2026-06-15T09:00:00Z");
    const numb = { ...SAFETY_SO_FAR, saddle_numbness: true, numb_tingling_leg: true, both_legs: false };
    const shown = await saveDraftByToken(token, numb, "G", "F", at);
    expect(shown).toEqual({
      ok: true,
      emergency: { disposition: "emergency", reasons: ["Numbness around your bottom or genitals"], advice: [] },
    });
    expect(await openIntake(token)).toMatchObject({
      emergencyCard: { at, step: "F", rules: ["E3"] },
      // Until they say they have been checked, the patient is still on the step they were on.
      draftStep: "F",
    });

    // Going on after "already checked": the same rule is not shown again, and the first showing is kept.
    expect(await saveDraftByToken(token, numb, "H", "G")).toEqual({ ok: true, emergency: null });
    // A new emergency rule shows the card again; the first time and step stay.
    const chest = await saveDraftByToken(token, { ...numb, chest_pain_breathless: true }, "review", "H");
    expect(chest.ok && chest.emergency?.reasons).toEqual([
      "New chest pain or breathlessness, or coughing up blood",
      "Numbness around your bottom or genitals",
    ]);
    expect((await openIntake(token))?.emergencyCard).toEqual({ at, step: "F", rules: ["E1", "E3"] });
  });

  it("ignores an answer that fails its question's check", async () => {
    const token = await intakeLink("04:00");
    const saved = await saveDraftByToken(token, { ...SAFETY_SO_FAR, saddle_numbness: "yes please" }, "G", "F");
    expect(saved).toEqual({ ok: true, emergency: null });
    expect((await openIntake(token))?.emergencyCard).toBeNull();
  });

  it("is recorded on sending when it was not shown before, and the stored outcome names what was reported", async () => {
    const token = await intakeLink("06:00");
    const sent = await submitByToken(
      token,
      answers({ region: "lower_back", saddle_numbness: true, numb_tingling_leg: true, both_legs: false }),
    );
    expect(sent).toEqual({
      ok: true,
      outcome: { disposition: "emergency", reasons: ["Numbness around your bottom or genitals"], advice: [] },
    });
    const intake = await openIntake(token);
    expect(intake?.emergencyCard).toMatchObject({ step: "review", rules: ["E3"] });
    expect(intake?.emergencyCard?.at).toEqual(intake?.submittedAt);
    // Sending again (a double click) answers with what was stored, worded the same.
    expect(await submitByToken(token, {})).toEqual(sent);
  });
});
