import { describe, expect, it } from "vitest";

import { onePerStart, pickTherapist } from "./pick-therapist";

const ORDER = ["ana", "ben", "cat"];

describe("pickTherapist", () => {
  it("picks the therapist with the fewest bookings that day", () => {
    expect(pickTherapist(["ana", "ben", "cat"], { ana: 3, ben: 1, cat: 2 }, ORDER)).toBe("ben");
  });

  it("breaks ties by the clinic's display order, not the candidates' order", () => {
    expect(pickTherapist(["cat", "ben", "ana"], { ana: 2, ben: 1, cat: 1 }, ORDER)).toBe("ben");
    expect(pickTherapist(["cat", "ben"], {}, ORDER)).toBe("ben");
  });

  it("counts a therapist missing from the tally as having no bookings", () => {
    expect(pickTherapist(["ana", "cat"], { ana: 1 }, ORDER)).toBe("cat");
  });

  it("only ever picks one of the candidates", () => {
    expect(pickTherapist(["cat"], { ana: 0, ben: 0, cat: 9 }, ORDER)).toBe("cat");
  });

  it("puts therapists missing from the order after the others, then by id", () => {
    expect(pickTherapist(["zed", "cat"], {}, ORDER)).toBe("cat");
    expect(pickTherapist(["zed", "yan"], {}, ORDER)).toBe("yan");
  });

  it("returns undefined when nobody is free", () => {
    expect(pickTherapist([], { ana: 0 }, ORDER)).toBeUndefined();
  });

  it("does not read inherited properties as booking counts", () => {
    expect(pickTherapist(["ana", "constructor"], { ana: 1 }, ["ana", "constructor"])).toBe("constructor");
  });
});

describe("onePerStart", () => {
  const at = (iso: string) => Date.parse(iso);
  it("keeps each start once, with the free therapist who has the fewest bookings that day", () => {
    const slots = [
      { start: at("2027-03-22T09:00:00Z"), therapistId: "maya" },
      { start: at("2027-03-22T09:00:00Z"), therapistId: "tom" },
      { start: at("2027-03-22T08:00:00Z"), therapistId: "maya" },
    ];
    const load = (id: string) => (id === "maya" ? 3 : 1);
    expect(onePerStart(slots, load, ["maya", "tom"])).toEqual([
      { start: at("2027-03-22T08:00:00Z"), therapistId: "maya" },
      { start: at("2027-03-22T09:00:00Z"), therapistId: "tom" },
    ]);
  });
  it("breaks ties by the clinic's order", () => {
    const slots = [
      { start: at("2027-03-22T09:00:00Z"), therapistId: "tom" },
      { start: at("2027-03-22T09:00:00Z"), therapistId: "maya" },
    ];
    expect(onePerStart(slots, () => 0, ["maya", "tom"])).toEqual([
      { start: at("2027-03-22T09:00:00Z"), therapistId: "maya" },
    ]);
  });
});
