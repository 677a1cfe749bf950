import { describe, expect, it } from "vitest";

import { type BookingMailDetails, cancelledMail, confirmationMail, rescheduledMail } from "./emails";

// Every booking e-mail, for every demo appointment type and a few awkward names,
// reads as English: "an initial assessment", "1 hour", never "a initial" or "1 hours".
// (The messages are plain text; there is no HTML part to check.)

const clinic = {
  name: "Stride Sports Physio",
  phone: "0117 496 0123",
  email: "hello@stride-clinic.example",
  address: "12 Riverside Walk, Bristol BS1 4RB",
  timeZone: "Europe/London",
};

function details(typeName: string, minutes: number): BookingMailDetails {
  const start = new Date("2027-03-22T09:00:00Z");
  return {
    bookingId: "7d7c0c39-2f7b-4b53-9a38-111111111111",
    clinic,
    patientName: "Sam Carter",
    to: "sam@example.com",
    typeName,
    minutes,
    therapistName: "Maya Okafor",
    start,
    end: new Date(start.getTime() + minutes * 60_000),
    manageUrl: "http://localhost:3000/appointments/token",
    intakeUrl: "http://localhost:3000/intake/token",
    sequence: 0,
  };
}

const TYPES: [string, number, string][] = [
  ["Initial assessment", 60, "You are booked in for an initial assessment (1 hour) with Maya Okafor."],
  ["Follow-up", 30, "You are booked in for a follow-up (30 minutes) with Maya Okafor."],
  ["Sports massage", 45, "You are booked in for a sports massage (45 minutes) with Maya Okafor."],
  ["Running gait analysis", 60, "You are booked in for a running gait analysis (1 hour) with Maya Okafor."],
  ["ACL rehab session", 61, "You are booked in for an ACL rehab session (1 hour 1 minute) with Maya Okafor."],
  ["Hour-long massage", 90, "You are booked in for an hour-long massage (1 hour 30 minutes) with Maya Okafor."],
];

/** "a" before a vowel, "an" before a lower-case consonant (but h), a count of 1 with a plural noun. */
const WRONG = [/\ba [aeio]/i, /\ban [bcdfgjklmnpqrstvwxyz]/, /\b1 (hours|minutes|days|cases)\b/];

describe("booking e-mails", () => {
  it.each(TYPES)("say %s with the right article and counts", (typeName, minutes, line) => {
    const mails = [confirmationMail, rescheduledMail, cancelledMail].map((mail) => mail(details(typeName, minutes)));
    expect(mails[0]!.text.split("\n")).toContain(line);
    for (const mail of mails) {
      for (const text of [mail.subject, mail.text, mail.calendar?.entry.title ?? ""]) {
        for (const wrong of WRONG) expect(text, `${mail.kind}: ${text}`).not.toMatch(wrong);
      }
    }
  });

  it("keeps a type name's capitals inside a sentence only where the name needs them", () => {
    expect(rescheduledMail(details("Initial assessment", 60)).text).toContain("Your initial assessment with");
    expect(cancelledMail(details("ACL rehab session", 60)).text).toContain("Your ACL rehab session with");
  });
});
