"use client";

import { useSyncExternalStore } from "react";

import { formatTime } from "@/lib/booking/format";

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const noZone = () => null;
const subscribe = () => () => {};

/** The patient's own zone, on the client only (the server cannot know it). */
export function useBrowserZone(): string | null {
  return useSyncExternalStore(subscribe, browserZone, noZone);
}

/** " (14:30 your time)" beside a clinic time, only when the patient's device is in another zone. */
export function PatientZoneTime({ iso, clinicZone }: { iso: string; clinicZone: string }) {
  const zone = useBrowserZone();
  const instant = new Date(iso);
  // Compared by the clock shown, so "UTC" in a London winter adds nothing.
  if (!zone || formatTime(instant, zone) === formatTime(instant, clinicZone)) return null;
  return <span className="block text-xs font-normal text-slate-700">{formatTime(instant, zone)} your time</span>;
}

/** Says once which zone the times are in, and the patient's own when it differs. */
export function ZoneNote({ clinicZone, label }: { clinicZone: string; label: string }) {
  const zone = useBrowserZone();
  const now = new Date();
  return (
    <p className="mt-2 text-slate-700" data-testid="zone-note">
      Times are shown in {label} ({clinicZone.replace(/_/g, " ")}), where the clinic is.
      {zone && formatTime(now, zone) !== formatTime(now, clinicZone) && (
        <> Your device is set to {zone.replace(/_/g, " ")}, so we also show your own time under each time.</>
      )}
    </p>
  );
}
