import type { MailMessage } from "@/lib/mail/message";
import { queuedMessage } from "@/lib/mail/queue";

import { withPg } from "./pg";

/**
 * The queued booking e-mails to any of `addresses`, each with its job's stored
 * data as text and the message opened as the worker opens it. Other test files
 * book at the same time, so a test counts its own jobs, never the queue's total.
 */
export async function queuedMailTo(addresses: string[]): Promise<{ stored: string; message: MailMessage }[]> {
  const { rows } = await withPg((c) =>
    c.query<{ data: { sealed: string } }>("SELECT data FROM pgboss.job WHERE name = 'booking-email'"),
  );
  return rows
    .map(({ data }) => ({ stored: JSON.stringify(data), message: queuedMessage(data) }))
    .filter(({ message }) => addresses.includes(message.to));
}
