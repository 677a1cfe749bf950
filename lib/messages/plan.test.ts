import { describe, expect, it } from "vitest";

import { messageKey, messagesDueNow, plannedMessages, type BookingForMessages, type PlannedMessage } from "./plan";

const HOUR = 3_600_000;
const start = new Date("2027-03-10T10:00:00Z");
const before = (hours: number) => new Date(start.getTime() - hours * HOUR);
const defaults = { reminders: [2880, 120], chases: [4320, 1440] };
const booking = (over: Partial<BookingForMessages> = {}): BookingForMessages => ({
  startsAt: start,
  messagesFrom: before(24 * 7),
  questionnaireSent: false,
  ...over,
});
const kinds = (list: PlannedMessage[]) => list.map(messageKey);

describe("reminders and questionnaire chasing", () => {
  it("plans 72 h and 24 h chasers and 48 h and 2 h reminders, earliest first", () => {
    expect(kinds(plannedMessages(booking(), defaults))).toEqual([
      "chase:4320",
      "reminder:2880",
      "chase:1440",
      "reminder:120",
    ]);
  });

  it("skips a message whose moment had passed when the booking was made (30 h ahead: the 24 h chase and the 2 h reminder)", () => {
    expect(kinds(plannedMessages(booking({ messagesFrom: before(30) }), defaults))).toEqual([
      "chase:1440",
      "reminder:120",
    ]);
  });

  it("stops chasing once the questionnaire is in", () => {
    expect(kinds(plannedMessages(booking({ questionnaireSent: true }), defaults))).toEqual([
      "reminder:2880",
      "reminder:120",
    ]);
  });

  it("sends nothing before a message is due, then that one message, once", () => {
    const b = booking();
    expect(messagesDueNow(b, defaults, new Set(), new Date(before(72).getTime() - 60_000))).toEqual([]);
    const due = messagesDueNow(b, defaults, new Set(), before(72));
    expect(kinds(due)).toEqual(["chase:4320"]);
    expect(messagesDueNow(b, defaults, new Set(kinds(due)), new Date(before(72).getTime() + 60_000))).toEqual([]);
  });

  it("puts a chaser and a reminder due within the same hour into one message", () => {
    const offsets = { reminders: [1470], chases: [1440] }; // 24 h 30 min and 24 h
    expect(kinds(messagesDueNow(booking(), offsets, new Set(), before(24.5)))).toEqual(["reminder:1470", "chase:1440"]);
  });

  it("after a dispatcher outage sends what is overdue as one message, and nothing once the appointment has begun", () => {
    expect(kinds(messagesDueNow(booking(), defaults, new Set(), before(1)))).toEqual([
      "chase:4320",
      "reminder:2880",
      "chase:1440",
      "reminder:120",
    ]);
    expect(messagesDueNow(booking(), defaults, new Set(), start)).toEqual([]);
  });

  it("sends nothing at all when the clinic turns both off", () => {
    expect(messagesDueNow(booking(), { reminders: [], chases: [] }, new Set(), before(1))).toEqual([]);
  });
});
