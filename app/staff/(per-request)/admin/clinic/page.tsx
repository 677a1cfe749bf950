import type { Metadata } from "next";

import { requireStaff } from "@/lib/auth/require-staff";
import { clinicFromEnv } from "@/lib/clinic/contact";
import { readLimitsForAdmin } from "@/lib/limits/data";
import { readClinicSettings } from "@/lib/staff/data/clinic";

import { AdminPage } from "../_components/admin-page";
import { ClinicForm } from "./_components/clinic-form";
import { LimitsForm } from "./_components/limits-form";

export const metadata: Metadata = { title: "Clinic details" };

export default async function ClinicDetailsPage() {
  const actor = await requireStaff({ role: "admin" });
  const [stored, limits] = await Promise.all([readClinicSettings(actor), readLimitsForAdmin(actor)]);
  const settings = stored ?? clinicFromEnv();
  return (
    <AdminPage
      title="Clinic details"
      intro="Shown in every public page's header and footer and in patients' e-mails. A saved change shows on the site at once."
    >
      <ClinicForm initial={settings} />
      <LimitsForm initial={limits} />
    </AdminPage>
  );
}
