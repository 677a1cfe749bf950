import fc from "fast-check";

// What the fuzz in hostile-input.spec.ts sends: hostile strings and values, bodies
// (JSON of them, a booking with one field made hostile, malformed JSON) and queries.

const FRAGMENTS = [
  "'; DROP TABLE bookings; --",
  "1 OR 1=1",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "\u0000\u0007\u001b[31m\u202e\u2028",
  "__proto__",
  "constructor",
  "$@1",
  "$Q0",
  "$K1",
  "0000-01-01T10:00:00Z",
  "2027-02-30",
  "9999-12-31T23:59:59Z",
  "NaN",
  "-1",
  "any",
];
export const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.constantFrom(...FRAGMENTS),
  fc.string({ minLength: 2_000, maxLength: 20_000 }),
);
export const { value: hostileValue } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string(), fc.constantFrom("__proto__", "constructor", "prototype")), tie("value"), {
      maxKeys: 5,
    }),
  ),
}));

// A booking that would pass every check but its time, which is long past: if a
// hostile field slips through validation it gets 409, still never a stored booking.
export const PAST_START = "2020-01-06T09:00:00.000Z";
export const FUZZ_EMAIL = "fuzz@fuzz.example";
const almostBooking = {
  type: "follow-up",
  therapistId: "any",
  start: PAST_START,
  patient: { name: "Fuzz Tester", email: FUZZ_EMAIL, phone: "07700 900999" },
};
export const mutatedBooking = fc
  .tuple(
    fc.constantFrom("type", "therapistId", "start", "patient", "notes", "region", "area", "__proto__", "constructor"),
    hostileValue,
  )
  .map(
    ([field, value]) =>
      `{${JSON.stringify(almostBooking).slice(1, -1)},${JSON.stringify(field)}:${JSON.stringify(value)}}`,
  );
export const body = fc.oneof(
  hostileValue.map((v) => JSON.stringify(v) ?? "null"),
  mutatedBooking,
  hostileString, // malformed JSON, mostly
  fc.constantFrom(
    '{"__proto__":{"admin":true},"type":"follow-up"}',
    '{"constructor":{"prototype":{"x":1}}}',
    "{",
    "[",
    "",
  ),
);
export const query = fc
  .dictionary(fc.oneof(fc.constantFrom("type", "therapist", "from", "to"), fc.string()), hostileString, { maxKeys: 5 })
  .map((q) => new URLSearchParams(q).toString());
