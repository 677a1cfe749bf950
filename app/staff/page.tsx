import type { Metadata } from "next";
import { Suspense } from "react";

import { listTherapists } from "@/lib/booking/data/catalogue";
import { isBuildPhase } from "@/lib/build-phase";
import { getClinic } from "@/lib/clinic/data";

import { QueueFrame, QueueLoading } from "./_components/queue-frame";
import { QueueScreen, type QueueSettings } from "./_components/queue-screen";

export const metadata: Metadata = { title: "Triage queue" };

// Static, like the public pages: refreshed every few minutes and whenever the
// clinic's details or the therapists change.
export const revalidate = 300;

/**
 * The triage queue. The page is a static shell, the same for everyone and
 * holding no health data; its cases come from /staff/api/queue, which checks
 * the session and audits the view. A page of the queue thus costs one small
 * JSON request rather than a server render of 50 rows (see `npm run bench:staff`).
 */
export default async function QueuePage() {
  const [clinic, therapists] = await Promise.all([
    getClinic(),
    listTherapists().catch((error: unknown) => {
      if (isBuildPhase()) return [];
      throw error;
    }),
  ]);
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
