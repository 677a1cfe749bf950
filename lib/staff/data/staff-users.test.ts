import { beforeAll, describe, expect, it } from "vitest";

import { NotAuthorized, type StaffActor } from "@/lib/auth/actor";
import { loadSessionUser } from "@/lib/auth/data/sessions";
import { verifyPassword } from "@/lib/auth/password";
import { withPg } from "@/test/pg";
import { actorForUser, auditOf, makeStaffUser, sessionVersionOf } from "@/test/staff-actor";

import { FieldRefusal } from "@/lib/forms/action-result";
import {
  insertStaffUser,
  listStaffUsers,
  resetStaffPassword,
  setStaffUserActive,
  signOutEverywhere,
} from "./staff-users";

let admin: StaffActor;
let therapist: StaffActor;
beforeAll(async () => {
  admin = await actorForUser((await makeStaffUser("admin")).id);
  therapist = await actorForUser((await makeStaffUser("therapist")).id);
});

const newUser = (email: string) => ({
  name: "New Person",
  email,
  role: "therapist" as const,
  therapistId: null,
  passwordHash: "x",
});

describe("staff user data functions", () => {
  it("refuse a therapist, and an actor that did not come from a session check", async () => {
    const target = await makeStaffUser("therapist");
    await expect(listStaffUsers(therapist)).rejects.toBeInstanceOf(NotAuthorized);
    await expect(insertStaffUser(therapist, newUser("refused@example.com"))).rejects.toBeInstanceOf(NotAuthorized);
    await expect(setStaffUserActive(therapist, target.id, false)).rejects.toBeInstanceOf(NotAuthorized);
    await expect(resetStaffPassword(therapist, target.id, "x")).rejects.toBeInstanceOf(NotAuthorized);
    await expect(signOutEverywhere(therapist, target.id)).rejects.toBeInstanceOf(NotAuthorized);
    await expect(listStaffUsers({ ...admin })).rejects.toBeInstanceOf(NotAuthorized);
    expect(await sessionVersionOf(target.id)).toBe(1);
    expect(await auditOf(target.id)).toEqual([]);
  });

  it("create an account that must change its password, audited in the same transaction, and refuse a taken e-mail", async () => {
    const email = `Created-${Date.now()}@Example.com`;
    const { id } = await insertStaffUser(admin, newUser(email));
    const row = await withPg(
      async (c) => (await c.query("SELECT email, must_change_password FROM staff_users WHERE id = $1", [id])).rows[0],
    );
    expect(row).toEqual({ email: email.toLowerCase(), must_change_password: true });
    expect(await auditOf(id)).toEqual([{ action: "staff_user.create", actor_id: admin.userId, ip: "127.0.0.1" }]);
    await expect(insertStaffUser(admin, newUser(email))).rejects.toBeInstanceOf(FieldRefusal);
  });

  it("reset password: new hash, must change, session version bumped, open sessions end", async () => {
    const target = await makeStaffUser("therapist");
    const theirs = await actorForUser(target.id);
    await resetStaffPassword(admin, target.id, "new-hash");
    expect(await sessionVersionOf(target.id)).toBe(2);
    expect(await loadSessionUser(theirs.sessionId, target.id, 1)).toBeNull();
    const row = await withPg(
      async (c) =>
        (await c.query("SELECT password_hash, must_change_password FROM staff_users WHERE id = $1", [target.id]))
          .rows[0],
    );
    expect(row).toEqual({ password_hash: "new-hash", must_change_password: true });
    expect((await auditOf(target.id)).map((e) => e.action)).toContain("staff_user.reset_password");
  });

  it("sign out everywhere: session version bumped, the password unchanged, audited", async () => {
    const target = await makeStaffUser("therapist");
    const theirs = await actorForUser(target.id);
    await signOutEverywhere(admin, target.id);
    expect(await sessionVersionOf(target.id)).toBe(2);
    expect(await loadSessionUser(theirs.sessionId, target.id, 1)).toBeNull();
    const hash = await withPg(
      async (c) =>
        (await c.query("SELECT password_hash FROM staff_users WHERE id = $1", [target.id])).rows[0].password_hash,
    );
    expect(await verifyPassword(hash, target.password)).toBe(true);
    expect((await auditOf(target.id)).map((e) => e.action)).toContain("staff_user.sign_out_everywhere");
  });

  it("deactivate and reactivate another account, but never one's own", async () => {
    const target = await makeStaffUser("therapist");
    await expect(setStaffUserActive(admin, admin.userId, false)).rejects.toThrow(
      "You cannot deactivate your own account",
    );
    const theirs = await actorForUser(target.id);
    await setStaffUserActive(admin, target.id, false);
    await setStaffUserActive(admin, target.id, true);
    expect(await loadSessionUser(theirs.sessionId, target.id, 1)).toBeNull();
    const actions = (await auditOf(target.id)).map((e) => e.action);
    expect(actions).toEqual(["staff.sign_in", "staff_user.deactivate", "staff_user.reactivate"]);
  });
});
