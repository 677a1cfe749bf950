import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";

import { currentStaff, requireStaff } from "@/lib/auth/require-staff";
import { listTherapists } from "@/lib/booking/data/catalogue";
import { getClinic } from "@/lib/clinic/data";

import { QueueFrame, QueueLoading } from "./_components/queue-frame";
import { QueueScreen, type QueueSettings } from "./_components/queue-screen";

export const metadata: Metadata = { title: "Triage queue" };

/**
 * The triage queue. The page is a shell holding no health data; its cases come
 * from /staff/api/queue, which checks the session and audits the view. A page of
 * the queue thus costs one small JSON request rather than a server render of 50
 * rows (see `npm run bench:staff`). The shell is rendered per request all the same:
 * the rows it shows are health data, so its scripts must carry the request's CSP
 * nonce (proxy.ts), which a prerendered page cannot.
 */
export default async function QueuePage({ searchParams }: PageProps<"/staff">) {
  // Signed out or revoked: back to this very view (its filters) after signing in again.
  if (!(await currentStaff()))
    redirect(`/staff/login?next=${encodeURIComponent(`/staff${queryOf(await searchParams)}`)}`);
  await requireStaff();
  const [clinic, therapists] = await Promise.all([getClinic(), listTherapists()]);
  const settings: QueueSettings = {
    clinicName: clinic.name,
    timeZone: clinic.timeZone,
    // Public already (the booking pages list them); the screen offers them to admins only.
    therapists: therapists.map((t) => ({ id: t.id, displayName: t.displayName })),
  };
  return (
    <Suspense
      fallback={
        <QueueFrame clinicName={clinic.name} staff={null}>
          <QueueLoading />
        </QueueFrame>
      }
    >
      <QueueScreen settings={settings} />
    </Suspense>
  );
}

function queryOf(params: Record<string, string | string[] | undefined>): string {
  const query = new URLSearchParams(
    Object.entries(params).flatMap(([key, value]) => [value ?? []].flat().map((v) => [key, v])),
  ).toString();
  return query ? `?${query}` : "";
}
