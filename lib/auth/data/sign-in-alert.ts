import "server-only";

import { db, pool } from "@/lib/db";
import { enqueueMail } from "@/lib/mail/queue";
import type { MailMessage } from "@/lib/mail/message";

import { ACCOUNT_DAILY_ALERT } from "./throttle";

/**
 * Tells every active admin that one staff account has passed the day's level
 * of failed sign-ins. The account is not locked (anyone could then lock anyone
 * out); its owner can still sign in from an address with no failures. An
 * e-mail that is no staff account's gets no message.
 */
export async function queueSignInAlert(email: string): Promise<void> {
  const [account, admins, clinic] = await Promise.all([
    db.staffUser.findFirst({
      where: { email: { equals: email.trim(), mode: "insensitive" } },
      select: { name: true, email: true },
    }),
    db.staffUser.findMany({ where: { role: "admin", active: true }, select: { email: true } }),
    db.clinicSettings.findUnique({ where: { id: 1 }, select: { name: true, email: true } }),
  ]);
  if (!account || admins.length === 0 || !clinic) return;
  const executor = { executeSql: (text: string, values: unknown[]) => pool.query(text, values) };
  for (const admin of admins) await enqueueMail(executor, signInAlertMail(admin.email, account, clinic));
}

function signInAlertMail(
  to: string,
  account: { name: string; email: string },
  clinic: { name: string; email: string },
): MailMessage {
  return {
    kind: "sign-in-alert",
    from: `"${clinic.name.replace(/"/g, "")}" <${clinic.email}>`,
    to,
    subject: `Stride: many failed sign-ins for ${account.email}`,
    text: [
      `More than ${ACCOUNT_DAILY_ALERT} sign-ins to the staff account of ${account.name} (${account.email}) have failed in the last 24 hours.`,
      "",
      "The account is not locked, so its owner can still sign in. Each address that guesses is stopped after 5 wrong passwords in a row (for 15 minutes) and after 100 failures in a day (for a day).",
      "",
      "Please check with them that it was not them. If it was not, someone is guessing the password: ask them to choose a new, long one on the Password page, and look at the audit log for their recent sign-ins.",
      "",
      "You will not get this message again for this account today.",
    ].join("\n"),
  };
}
