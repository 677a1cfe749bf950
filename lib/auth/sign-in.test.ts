import { describe, expect, it } from "vitest";

import { withPg } from "@/test/pg";

import { hashPassword } from "./password";
import { isCommonPassword, newPasswordField } from "./password-policy";
import { signIn, WRONG_CREDENTIALS } from "./sign-in";

const PASSWORD = "correct horse battery staple";

async function freshUser() {
  const email = `signin-${crypto.randomUUID()}@example.com`;
  const hash = await hashPassword(PASSWORD);
  await withPg((c) =>
    c.query(
      "INSERT INTO staff_users (email, name, password_hash, role) VALUES ($1, 'Sign-in Tester', $2, 'therapist')",
      [email, hash],
    ),
  );
  return email;
}

const meta = (ip: string) => ({ ip, userAgent: "vitest" });
const uniqueIp = () =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

describe("staff sign-in", () => {
  it("hashes with argon2id at 19 MiB, 2 passes, 1 lane", async () => {
    expect(await hashPassword(PASSWORD)).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it("opens a session for the right password, e-mail case-insensitive", async () => {
    const email = await freshUser();
    const user = await signIn({ email: email.toUpperCase(), password: PASSWORD }, meta(uniqueIp()));
    expect(user.sessionId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("says the same for an unknown e-mail and a wrong password", async () => {
    const email = await freshUser();
    await expect(signIn({ email, password: "wrong password!" }, meta(uniqueIp()))).rejects.toThrow(WRONG_CREDENTIALS);
    await expect(signIn({ email: `nobody-${email}`, password: PASSWORD }, meta(uniqueIp()))).rejects.toThrow(
      WRONG_CREDENTIALS,
    );
  });
});

describe("new-password policy", () => {
  it("wants at least 12 characters", () => {
    expect(newPasswordField.safeParse("short-pass1").success).toBe(false);
    expect(newPasswordField.safeParse("twelve-chars").success).toBe(true);
  });

  it("refuses the 10,000 most common passwords, whatever their case", () => {
    expect(isCommonPassword("password")).toBe(true);
    expect(isCommonPassword("QWERTYUIOP")).toBe(true);
    expect(isCommonPassword("correct horse battery staple")).toBe(false);
  });
});
