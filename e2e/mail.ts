import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

import { expect } from "@playwright/test";
import { simpleParser, type ParsedMail } from "mailparser";

/**
 * The e-mail of `kind` the e2e server wrote for `to` (scripts/e2e.ts gives it
 * STRIDE_MAIL_DIR; with no SMTP_URL each message is an .eml file named by its kind),
 * waiting up to `timeoutMs` for the worker to send it.
 */
export async function waitForMail(to: string, kind: string, timeoutMs = 30_000): Promise<ParsedMail> {
  const dir = process.env.STRIDE_MAIL_DIR;
  if (!dir) throw new Error("STRIDE_MAIL_DIR is not set: run the e2e tests with npm run test:e2e");
  let found: ParsedMail | undefined;
  await expect
    .poll(
      async () => {
        const names = (await readdir(dir).catch(() => [])).filter((n) => n.endsWith(`-${kind}.eml`));
        for (const name of names) {
          const mail = await simpleParser(await readFile(path.join(dir, name)));
          if (mail.to && !Array.isArray(mail.to) && mail.to.text === to) found = mail;
        }
        return Boolean(found);
      },
      { timeout: timeoutMs, message: `a ${kind} e-mail to ${to}` },
    )
    .toBe(true);
  return found!;
}
