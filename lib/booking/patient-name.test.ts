import { describe, expect, it } from "vitest";

import { confirmationMail, rescheduledMail } from "./emails";
import { bookingRequestSchema } from "./schemas";

const base = {
  type: "follow-up",
  therapistId: "any",
  start: "2027-03-22T08:00:00.000Z",
  patient: { name: "Sam Carter", email: "sam@example.com", phone: "07700 900123" },
};
const nameError = (name: string) => {
  const parsed = bookingRequestSchema.safeParse({ ...base, patient: { ...base.patient, name } });
  return parsed.success ? null : parsed.error.issues.find((i) => i.path.join(".") === "patient.name")?.message;
};

describe("a patient's name", () => {
  it.each([
    "Zoë O'Brien-Smith",
    "José Álvarez",
    "Siobhán Ní Bhriain",
    "J. R. R. Tolkien",
    "李小龍",
    "Nguyễn Thị Minh",
    "Dr. A. Kowalska",
    "D’Arcy Lee",
  ])("accepts %s", (name) => expect(nameError(name)).toBeNull());

  it.each([
    ["https://pay-deposit.example Smith", "Enter your name, not a web address"],
    ["pay-deposit.example Smith", "Enter your name, not a web address"],
    ["www.example.com", "Enter your name, not a web address"],
    ["Sam\u0007 Carter", "Use only letters, spaces, apostrophes ('), hyphens (-) and full stops (.)"],
    ["Sam\u202eCarter", "Use only letters, spaces, apostrophes ('), hyphens (-) and full stops (.)"],
    ["Sam <b>Carter</b>", "Use only letters, spaces, apostrophes ('), hyphens (-) and full stops (.)"],
    ["Sam Carter 2", "Use only letters, spaces, apostrophes ('), hyphens (-) and full stops (.)"],
    ["S".repeat(101), "Keep your name to 100 characters"],
  ])("refuses %j with a message for the field", (name, message) => expect(nameError(name)).toBe(message));
});

describe("patient-typed text in e-mails", () => {
  const details = {
    bookingId: "7d7c0c39-2f7b-4b53-9a38-111111111111",
    clinic: {
      name: "Stride Sports Physio",
      phone: "0117 496 0123",
      email: "hello@stride-clinic.example",
      address: "12 Riverside Walk, Bristol BS1 4RB",
      timeZone: "Europe/London",
    },
    to: "sam@example.com",
    typeName: "Follow-up",
    minutes: 30,
    therapistName: "Maya Okafor",
    start: new Date("2027-03-22T09:00:00Z"),
    end: new Date("2027-03-22T09:30:00Z"),
    manageUrl: "http://localhost:3000/appointments/token",
    intakeUrl: "http://localhost:3000/intake/token",
    sequence: 0,
  };

  it("never becomes a link: a name stored before the rule that holds a web address is left out of the greeting", () => {
    for (const mail of [confirmationMail, rescheduledMail]) {
      const text = mail({ ...details, patientName: "https://pay-deposit.example Smith" }).text;
      expect(text).not.toContain("pay-deposit");
      expect(text.split("\n")[0]).toBe("Hello,");
      expect(mail({ ...details, patientName: "pay-deposit.example Smith" }).text).not.toContain("pay-deposit");
    }
    expect(confirmationMail({ ...details, patientName: "Zoë O'Brien" }).text.split("\n")[0]).toBe("Hello Zoë,");
  });
});
