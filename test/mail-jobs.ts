import type { MailMessage } from "@/lib/mail/message";
import { queuedMessage } from "@/lib/mail/queue";

import { withPg } from "./pg";

/**
 * The queued booking e-mails to any of `addresses`: each job's id, its stored
 * data as text and the message opened as the worker opens it. Other test files
 * book at the same time, so a test counts its own jobs, never the queue's total.
 */
export async function queuedMailTo(
  addresses: string[],
): Promise<{ id: string; stored: string; message: MailMessage }[]> {
  const { rows } = await withPg((c) =>
    c.query<{ id: string; data: { sealed: string } }>(
      "SELECT id, data FROM pgboss.job WHERE name = 'booking-email' ORDER BY created_on, id",
    ),
  );
  return rows
    .map(({ id, data }) => ({ id, stored: JSON.stringify(data), message: queuedMessage(data) }))
    .filter(({ message }) => addresses.includes(message.to));
}
