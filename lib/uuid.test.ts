import { describe, expect, it } from "vitest";

import { isUuid, uuidSchema } from "./uuid";

describe("uuid", () => {
  it("accepts every id PostgreSQL writes, including ones without RFC version bits", () => {
    const ids = [
      "6f1c0c52-9d3e-4a7b-8c1d-2e3f4a5b6c7d",
      "11111111-1111-1111-1111-111111111111",
      "00000000-0000-0000-0000-000000000000",
      "6F1C0C52-9D3E-4A7B-8C1D-2E3F4A5B6C7D",
    ];
    for (const id of ids) {
      expect(isUuid(id), id).toBe(true);
    }
  });

  it("refuses anything a uuid-typed query would throw on, with the form's message", () => {
    const notIds = [
      "",
      "any",
      "6f1c0c52-9d3e-4a7b-8c1d-2e3f4a5b6c7",
      "6f1c0c52-9d3e-4a7b-8c1d-2e3f4a5b6c7g",
      " 6f1c0c52-9d3e-4a7b-8c1d-2e3f4a5b6c7d",
      "6f1c0c52-9d3e-4a7b-8c1d-2e3f4a5b6c7d'--",
    ];
    for (const id of notIds) {
      expect(isUuid(id), id).toBe(false);
    }
    expect(uuidSchema("Choose a therapist").safeParse("nope").error?.issues[0]?.message).toBe("Choose a therapist");
  });
});
