import "server-only";

import { assertActor, type StaffActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/data";
import { CONTACT_COLUMNS } from "@/lib/clinic/contact";
import type { ClinicSettingsInput } from "@/lib/clinic/settings-schema";
import { db } from "@/lib/db";

/** The clinic_settings row as it is now (not the cached copy public pages show). */
export async function readClinicSettings(actor: StaffActor): Promise<ClinicSettingsInput | null> {
  assertActor(actor, "admin");
  return db.clinicSettings.findUnique({
    where: { id: 1 },
    select: CONTACT_COLUMNS,
  });
}

export async function updateClinicSettings(actor: StaffActor, settings: ClinicSettingsInput): Promise<void> {
  assertActor(actor, "admin");
  await db.$transaction(async (tx) => {
    await tx.clinicSettings.upsert({ where: { id: 1 }, create: { id: 1, ...settings }, update: settings });
    await recordAudit(tx, actor, "clinic.update", "clinic", "1");
  });
}
