import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { requireStaff } from "@/lib/auth/require-staff";
import { minorToPrice } from "@/lib/staff/appointment-type-schema";
import { findAppointmentType } from "@/lib/staff/data/appointment-types";
import { uuidSchema } from "@/lib/uuid";

import { AdminPage } from "../../_components/admin-page";
import { TypeForm } from "./_components/type-form";

export const metadata: Metadata = { title: "Edit appointment type" };

export default async function EditAppointmentTypePage({ params }: PageProps<"/staff/admin/types/[typeId]">) {
  const actor = await requireStaff({ role: "admin" });
  const { typeId } = await params;
  if (!uuidSchema().safeParse(typeId).success) notFound();
  const type = await findAppointmentType(actor, typeId);
  if (!type) notFound();
  const { slug: _slug, currency, priceMinor, ...rest } = type;
  return (
    <AdminPage
      title={`Edit ${type.name}`}
      trail={[{ href: "/staff/admin/types", label: "Appointment types" }]}
      intro="Existing bookings keep the length and buffers they were booked with."
    >
      <TypeForm initial={{ ...rest, price: minorToPrice(priceMinor) }} currency={currency} />
    </AdminPage>
  );
}
