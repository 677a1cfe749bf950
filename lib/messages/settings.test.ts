import { describe, expect, it } from "vitest";

import { hoursText, messageOffsetsSchema } from "./settings";

describe("the clinic's message times", () => {
  it("reads hours before the appointment, in any order, as minutes, latest first", () => {
    expect(messageOffsetsSchema.parse({ reminders: "2, 48", chases: "72 24 24" })).toEqual({
      reminders: [2880, 120],
      chases: [4320, 1440],
    });
    expect(messageOffsetsSchema.parse({ reminders: "1.5", chases: "" })).toEqual({ reminders: [90], chases: [] });
  });

  it("says which value is wrong and how to write it", () => {
    const result = messageOffsetsSchema.safeParse({ reminders: "48, two", chases: "0.1" });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => [i.path.join("."), i.message]);
    expect(messages).toEqual([
      [
        "reminders",
        "“two” is not a number of hours between 0.25 and 336: write hours before the appointment, like 48, 2",
      ],
      ["chases", "“0.1” is not a number of hours between 0.25 and 336: write hours before the appointment, like 48, 2"],
    ]);
    expect(messageOffsetsSchema.safeParse({ reminders: "1 2 3 4 5 6", chases: "" }).error?.issues[0]?.message).toBe(
      "Give at most 5 times for reminders",
    );
  });

  it("shows stored minutes back as hours", () => {
    expect(hoursText([2880, 120, 90])).toBe("48, 2, 1.5");
    expect(hoursText([])).toBe("");
  });
});
