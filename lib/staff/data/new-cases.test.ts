import { describe, expect, it } from "vitest";

import { actorForUser, makeStaffUser, therapistWithCases } from "@/test/staff-actor";

import { countNewUrgentCases } from "./queue";

describe("the queue's count of new urgent cases", () => {
  it("counts urgent and emergency cases sent since the given time, only those the viewer may see", async () => {
    const since = new Date(Date.now() - 1000);
    const mine = await therapistWithCases(["urgent", "routine", "emergency", "soon"]);
    const other = await therapistWithCases([]);
    const me = await actorForUser(mine.userId);

    expect(await countNewUrgentCases(me, since)).toBe(2);
    expect(await countNewUrgentCases(me, new Date(Date.now() + 1000))).toBe(0);
    expect(await countNewUrgentCases(await actorForUser(other.userId), since)).toBe(0);
    const admin = await actorForUser((await makeStaffUser("admin")).id);
    expect(await countNewUrgentCases(admin, since)).toBeGreaterThanOrEqual(2);
  });
});
