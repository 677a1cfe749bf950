import { describe, expect, it } from "vitest";
import { z } from "zod";

import { FieldRefusal, fieldErrorsOf, handleForm, refuse } from "./action-result";

const schema = z.object({
  name: z.string().min(2, "Enter a name"),
  days: z.array(z.object({ end: z.string().min(1, "Enter an end") })),
});

describe("the one action convention", () => {
  it("names each zod issue by its dotted path, the first message per field, the input as a whole under 'form'", () => {
    const parsed = schema.safeParse({ name: "", days: [{ end: "x" }, { end: "" }] });
    expect(fieldErrorsOf(parsed.error!)).toEqual({ name: "Enter a name", "days.1.end": "Enter an end" });
    expect(Object.keys(fieldErrorsOf(schema.safeParse(null).error!))).toEqual(["form"]);
  });

  it("names each field a strict object does not know by its own path", () => {
    const strict = z.strictObject({ who: z.strictObject({ name: z.string() }, "Use only name") }, "Use only who");
    const parsed = strict.safeParse({ who: { name: "Sam", age: 3 }, extra: 1, more: 2 });
    expect(fieldErrorsOf(parsed.error!)).toEqual({
      "who.age": "Use only name",
      extra: "Use only who",
      more: "Use only who",
    });
  });

  it("answers success with the domain's extras, and never calls the domain with input its schema refuses", async () => {
    let calls = 0;
    const run = async () => {
      calls += 1;
      return { next: "/done" };
    };
    expect(await handleForm(schema, { name: "Sam", days: [] }, run)).toEqual({ ok: true, next: "/done" });
    expect(await handleForm(schema, { name: "S", days: [] }, run)).toEqual({
      ok: false,
      fieldErrors: { name: "Enter a name" },
    });
    expect(calls).toBe(1);
  });

  it("passes on the domain's form-level refusal and its field refusal, and lets anything else fail loudly", async () => {
    const input = { name: "Sam", days: [] };
    const taken = { reason: "taken", alternatives: ["2027-03-22T10:00:00Z"] };
    const refused = await handleForm(schema, input, async () => refuse(taken));
    expect(refused).toEqual({ ok: false, fieldErrors: {}, formError: taken });
    const refusal = new FieldRefusal("name", "Someone has that name");
    expect(await handleForm(schema, input, async () => Promise.reject(refusal))).toEqual({
      ok: false,
      fieldErrors: { name: "Someone has that name" },
    });
    const crash = new Error("database down");
    await expect(handleForm(schema, input, async () => Promise.reject(crash))).rejects.toThrow("database down");
  });
});
