import "server-only";

import type { StaffActor } from "@/lib/auth/actor";
import { refreshClinicPages } from "@/lib/clinic/data";
import type { ClinicSettingsInput } from "@/lib/clinic/settings-schema";

import { type AppointmentTypeInput, priceToMinor } from "./appointment-type-schema";
import { updateAppointmentType } from "./data/appointment-types";
import { updateClinicSettings } from "./data/clinic";
import { refreshCatalogue } from "./refresh";

/** Saves the clinic's details; every public page shows them from its next request. */
export async function saveClinicSettings(actor: StaffActor, input: ClinicSettingsInput): Promise<void> {
  await updateClinicSettings(actor, input);
  refreshClinicPages();
}

/** Saves a type; prices on public pages and free times in GET /api/slots change at once. */
export async function saveAppointmentType(actor: StaffActor, input: AppointmentTypeInput): Promise<void> {
  const { id, price, ...rest } = input;
  await updateAppointmentType(actor, id, { ...rest, priceMinor: priceToMinor(price) });
  refreshCatalogue();
}
