import type { Metadata } from "next";

import { requireStaff } from "@/lib/auth/require-staff";
import { clinicFromEnv } from "@/lib/clinic/contact";
import { readLimitsForAdmin } from "@/lib/limits/data";
import { readMessageOffsetsForAdmin } from "@/lib/messages/data";
import { hoursText } from "@/lib/messages/settings";
import { readClinicSettings } from "@/lib/staff/data/clinic";
import { readRetentionYears } from "@/lib/patients/data/rights";

import { AdminPage } from "../_components/admin-page";
import { ClinicForm } from "./_components/clinic-form";
import { LimitsForm } from "./_components/limits-form";
import { MessagesForm } from "./_components/messages-form";
import { RetentionForm } from "./_components/retention-form";

export const metadata: Metadata = { title: "Clinic details" };

export default async function ClinicDetailsPage() {
  const actor = await requireStaff({ role: "admin" });
  const [stored, limits, messages, retentionYears] = await Promise.all([
    readClinicSettings(actor),
    readLimitsForAdmin(actor),
    readMessageOffsetsForAdmin(actor),
    readRetentionYears(actor),
  ]);
  const settings = stored ?? clinicFromEnv();
  return (
    <AdminPage
      title="Clinic details"
      intro="Shown in every public page's header and footer and in patients' e-mails. A saved change shows on the site at once."
    >
      <ClinicForm initial={settings} />
      <MessagesForm initial={{ reminders: hoursText(messages.reminders), chases: hoursText(messages.chases) }} />
      <LimitsForm initial={limits} />
      <RetentionForm years={retentionYears} />
    </AdminPage>
  );
}
