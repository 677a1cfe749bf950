import { describe, expect, it } from "vitest";

import { mondayWeeksAhead, therapistIds } from "@/test/booking-fixtures";
import { actorFor, auditSince, DEMO } from "@/test/staff-actor";

import { joinWaitlist } from "../join";
import { readWaitlist } from "./staff-view";

const day = mondayWeeksAhead(7);

async function join(name: string, therapist: "maya-okafor" | "tom-reilly" | "any") {
  const ids = await therapistIds();
  const joined = await joinWaitlist({
    type: "follow-up",
    therapistId: therapist === "any" ? "any" : ids[therapist],
    from: day,
    to: day,
    patient: { name, email: `${name.replace(/\s/g, ".").toLowerCase()}@example.com`, phone: "07700 900777" },
  });
  if (!joined.ok) throw new Error(JSON.stringify(joined.fields));
}

describe("the staff's waitlist", () => {
  it("shows a therapist those waiting for them or anyone, an admin everyone, and records each view", async () => {
    const since = new Date();
    await join("Wendy Maya", "maya-okafor");
    await join("Walter Tom", "tom-reilly");
    await join("Winnie Anyone", "any");
    const names = (rows: { patientName: string }[]) => rows.map((r) => r.patientName);

    const maya = await readWaitlist(await actorFor(DEMO.maya));
    expect(names(maya)).toEqual(expect.arrayContaining(["Wendy Maya", "Winnie Anyone"]));
    expect(names(maya)).not.toContain("Walter Tom");
    const admin = await readWaitlist(await actorFor(DEMO.admin));
    expect(names(admin)).toEqual(expect.arrayContaining(["Wendy Maya", "Walter Tom", "Winnie Anyone"]));
    const wendy = admin.find((r) => r.patientName === "Wendy Maya")!;
    expect(wendy).toMatchObject({
      typeName: "Follow-up",
      therapistName: "Maya Okafor",
      from: day,
      to: day,
      offer: null,
    });

    const events = (await auditSince(since)).filter((e) => e.action === "waitlist.view");
    expect(events).toHaveLength(2);
  });
});
