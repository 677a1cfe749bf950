import type { Metadata } from "next";

import { requireStaff } from "@/lib/auth/require-staff";
import { clinicFromEnv } from "@/lib/clinic/contact";
import { readClinicSettings } from "@/lib/staff/data/clinic";

import { AdminPage } from "../_components/admin-page";
import { ClinicForm } from "./_components/clinic-form";

export const metadata: Metadata = { title: "Clinic details" };

export default async function ClinicDetailsPage() {
  const actor = await requireStaff({ role: "admin" });
  const settings = (await readClinicSettings(actor)) ?? clinicFromEnv();
  return (
    <AdminPage
      title="Clinic details"
      intro="Shown in every public page's header and footer and in patients' e-mails. A saved change shows on the site at once."
    >
      <ClinicForm initial={settings} />
    </AdminPage>
  );
}
