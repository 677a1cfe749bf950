import { describe, expect, it, vi } from "vitest";

import { mailBoss } from "@/lib/mail/queue";
import { deliver } from "@/lib/mail/transport";
import { queuedMailTo } from "@/test/mail-jobs";
import { withPg } from "@/test/pg";
import { testSmtp } from "@/test/smtp";
import { makeStaffUser } from "@/test/staff-actor";

import * as password from "./password";
import { signIn, WRONG_CREDENTIALS } from "./sign-in";

// Every password check, counted (the real argon2 check still runs).
vi.mock("./password", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./password")>();
  return {
    ...actual,
    verifyPassword: vi.fn(actual.verifyPassword),
    verifyDummyPassword: vi.fn(actual.verifyDummyPassword),
  };
});
const checks = () =>
  vi.mocked(password.verifyPassword).mock.calls.length + vi.mocked(password.verifyDummyPassword).mock.calls.length;

const meta = (ip: string) => ({ ip, userAgent: "vitest" });
const octet = () => Math.floor(Math.random() * 250);
const uniqueIp = () => `10.${octet()}.${octet()}.${octet()}`;
const wrong = (email: string, ip: string) => signIn({ email, password: "wrong guess password" }, meta(ip));

describe("staff lockout", () => {
  it("blocks one account from one address after 5 failures, even the right password; its owner elsewhere signs in", async () => {
    const user = await makeStaffUser("therapist");
    const stranger = uniqueIp();
    for (let i = 0; i < 5; i++) await expect(wrong(user.email, stranger)).rejects.toThrow(WRONG_CREDENTIALS);
    await expect(signIn({ email: user.email, password: user.password }, meta(stranger))).rejects.toThrow(
      /^Too many attempts\. Try again in 15 minutes\.$/,
    );
    const owner = await signIn({ email: user.email, password: user.password }, meta(uniqueIp()));
    expect(owner.id).toBe(user.id);
    const stored = await withPg(async (c) =>
      (await c.query("SELECT key FROM login_throttle")).rows.map((r) => r.key as string),
    );
    expect(stored.some((key) => key.includes("@") || key.includes(stranger))).toBe(false);
  });

  it("checks at most 5 passwords when 30 attempts for one account race from one address", async () => {
    const user = await makeStaffUser("therapist");
    const ip = uniqueIp();
    const before = checks();
    const outcomes = await Promise.allSettled(Array.from({ length: 30 }, () => wrong(user.email, ip)));
    expect(checks() - before).toBeLessThanOrEqual(5);
    expect(outcomes.every((o) => o.status === "rejected")).toBe(true);
  });

  it("blocks an address after 100 failures in a day, whichever accounts it tries", { timeout: 120_000 }, async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 100; i++) {
      await expect(wrong(`spray-${i}-${crypto.randomUUID()}@example.com`, ip)).rejects.toThrow(WRONG_CREDENTIALS);
    }
    const user = await makeStaffUser("therapist");
    await expect(signIn({ email: user.email, password: user.password }, meta(ip))).rejects.toThrow(
      /^Too many attempts\. Try again in 24 hours\.$/,
    );
    expect((await signIn({ email: user.email, password: user.password }, meta(uniqueIp()))).id).toBe(user.id);
  });

  it(
    "e-mails the admins once when an account passes 50 failures in a day, and does not lock it",
    { timeout: 120_000 },
    async () => {
      await mailBoss(); // the queue's tables exist before the first count
      const admin = await makeStaffUser("admin");
      const user = await makeStaffUser("therapist");
      const alerts = async () =>
        (await queuedMailTo([admin.email])).filter((job) => job.message.subject.includes(user.email));
      for (let i = 0; i < 50; i++) await expect(wrong(user.email, uniqueIp())).rejects.toThrow(WRONG_CREDENTIALS);
      expect(await alerts()).toHaveLength(0);
      for (let i = 0; i < 10; i++) await expect(wrong(user.email, uniqueIp())).rejects.toThrow(WRONG_CREDENTIALS);
      const queued = await alerts();
      expect(queued).toHaveLength(1);
      expect((await signIn({ email: user.email, password: user.password }, meta(uniqueIp()))).id).toBe(user.id);

      // Delivered through a real SMTP server, as the worker would send it.
      const smtp = await testSmtp();
      try {
        await deliver(queued[0]!.message, smtp.url);
      } finally {
        await smtp.stop();
      }
      const { received } = smtp;
      expect(received).toHaveLength(1);
      expect(received[0]!.subject).toBe(`Stride: many failed sign-ins for ${user.email}`);
      expect(received[0]!.text).toContain("More than 50 sign-ins to the staff account of Vitest therapist");
      expect(received[0]!.text).toContain("The account is not locked");
    },
  );
});
