import { describe, expect, it } from "vitest";

import { isExclusionViolation } from "./errors";

describe("isExclusionViolation", () => {
  it("finds 23P01 in a Prisma P2039 error's driver cause", () => {
    const error = {
      code: "P2039",
      meta: { driverAdapterError: { cause: { originalCode: "23P01", kind: "postgres" } } },
    };
    expect(isExclusionViolation(error)).toBe(true);
  });
  it("recognises a raw pg error", () => {
    expect(isExclusionViolation({ code: "23P01" })).toBe(true);
  });
  it("ignores other constraint failures", () => {
    expect(isExclusionViolation({ code: "P2002", meta: { target: ["email"] } })).toBe(false);
    expect(isExclusionViolation(new Error("boom"))).toBe(false);
  });
});

describe("isDeadlock", () => {
  it("finds 40P01 in a raw query's error, so a deadlocked booking is retried, not a 500", async () => {
    const { isDeadlock } = await import("./errors");
    expect(isDeadlock({ code: "P2010", meta: { code: "40P01", message: "deadlock detected" } })).toBe(true);
    expect(isDeadlock({ code: "23P01" })).toBe(false);
  });
});
