import { describe, expect, it } from "vitest";

import { COMMON_PASSWORD_MESSAGE, isCommonPassword } from "@/lib/auth/password-policy";
import { loadSessionUser } from "@/lib/auth/data/sessions";
import { signIn } from "@/lib/auth/sign-in";
import { withPg } from "@/test/pg";
import { actorForUser, auditOf, makeStaffUser, sessionVersionOf } from "@/test/staff-actor";

import { FieldRefusal } from "@/lib/forms/action-result";
import { changePassword } from "./password-change";
import { passwordChangeSchema } from "./password-change-schema";

const change = (currentPassword: string, newPassword: string, confirmPassword = newPassword) => ({
  currentPassword,
  newPassword,
  confirmPassword,
});

describe("password policy", () => {
  it("asks for at least 12 characters and the same new password twice", () => {
    const short = passwordChangeSchema.safeParse(change("old", "short-pass1"));
    expect(short.error?.issues[0]).toMatchObject({ path: ["newPassword"], message: "Use at least 12 characters" });
    const mismatch = passwordChangeSchema.safeParse(change("old", "long enough pass", "long enough pas"));
    expect(mismatch.error?.issues[0]).toMatchObject({ path: ["confirmPassword"] });
    expect(passwordChangeSchema.safeParse(change("old", "long enough pass")).success).toBe(true);
  });

  it("knows the common list, whatever the case", () => {
    expect(isCommonPassword("1qaz2wsx3edc")).toBe(true);
    expect(isCommonPassword("1QAZ2WSX3EDC")).toBe(true);
    expect(isCommonPassword("violet tram harbour 42")).toBe(false);
  });
});

describe("changePassword", () => {
  it("refuses a common password and a wrong current password beside their fields", async () => {
    const user = await makeStaffUser("therapist");
    const actor = await actorForUser(user.id);
    await expect(changePassword(actor, change(user.password, "1qaz2wsx3edc"))).rejects.toMatchObject(
      new FieldRefusal("newPassword", COMMON_PASSWORD_MESSAGE),
    );
    await expect(changePassword(actor, change("not my password", "violet tram harbour 42"))).rejects.toMatchObject({
      field: "currentPassword",
    });
    expect(await sessionVersionOf(user.id)).toBe(1);
  });

  it("clears the one-time flag, ends every session (this one too) and records the change", async () => {
    const user = await makeStaffUser("therapist");
    await withPg((c) => c.query("UPDATE staff_users SET must_change_password = true WHERE id = $1", [user.id]));
    const actor = await actorForUser(user.id);
    expect(actor.mustChangePassword).toBe(true);
    await changePassword(actor, change(user.password, "violet tram harbour 42"));
    expect(await sessionVersionOf(user.id)).toBe(2);
    expect(await loadSessionUser(actor.sessionId, user.id, 1)).toBeNull();
    const flag = await withPg(
      async (c) =>
        (await c.query("SELECT must_change_password FROM staff_users WHERE id = $1", [user.id])).rows[0]
          .must_change_password,
    );
    expect(flag).toBe(false);
    expect((await auditOf(user.id)).map((e) => e.action)).toContain("staff_user.change_password");
  });

  it("counts wrong current passwords as failed sign-ins: the 6th try in 15 minutes is refused, even with the right password", async () => {
    const user = await makeStaffUser("therapist");
    const ip = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const actor = await actorForUser(user.id, { ip, userAgent: "vitest" });
    for (let i = 0; i < 5; i++) {
      await expect(changePassword(actor, change(`wrong guess ${i}`, "violet tram harbour 42"))).rejects.toMatchObject({
        field: "currentPassword",
      });
    }
    await expect(changePassword(actor, change(user.password, "violet tram harbour 42"))).rejects.toMatchObject({
      field: "currentPassword",
      message: expect.stringMatching(/^Too many attempts\. Try again in 15 minutes\.$/),
    });
    expect(await sessionVersionOf(user.id)).toBe(1);
    // The account's sign-in from that address is locked too: it is the same password being guessed.
    await expect(signIn({ email: user.email, password: user.password }, { ip, userAgent: "vitest" })).rejects.toThrow(
      /Too many attempts/,
    );
  });
});
