import { describe, expect, it } from "vitest";

import { clinicFromEnv, telHref } from "./contact";

describe("clinicFromEnv", () => {
  it("falls back to the demo clinic and Europe/London", () => {
    const contact = clinicFromEnv({});
    expect(contact.timeZone).toBe("Europe/London");
    expect(contact.phone).toBe("0117 496 0123");
  });
  it("takes the clinic's own details from the environment", () => {
    expect(clinicFromEnv({ CLINIC_PHONE: "020 7946 0000" }).phone).toBe("020 7946 0000");
  });
});

describe("telHref", () => {
  it("turns a UK number into an international tel: link", () => {
    expect(telHref("0117 496 0123")).toBe("tel:+441174960123");
  });
  it("keeps an international number as written", () => {
    expect(telHref("+44 117 496 0123")).toBe("tel:+441174960123");
  });
});
