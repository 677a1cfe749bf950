import type { Metadata } from "next";

import { requireStaff } from "@/lib/auth/require-staff";
import { getClinic } from "@/lib/clinic/data";
import { listStaffUsers, listUnlinkedTherapists } from "@/lib/staff/data/staff-users";

import { AdminPage } from "../_components/admin-page";
import { NewStaffForm } from "./_components/new-staff-form";
import { StaffList } from "./_components/staff-list";

export const metadata: Metadata = { title: "Staff accounts" };

export default async function StaffAccountsPage() {
  const actor = await requireStaff({ role: "admin" });
  const [users, therapists, clinic] = await Promise.all([
    listStaffUsers(actor),
    listUnlinkedTherapists(actor),
    getClinic(),
  ]);
  return (
    <AdminPage
      title="Staff accounts"
      intro="A new account gets a one-time password, shown to you once. Its owner must choose their own password when they first sign in."
    >
      <StaffList users={users} selfId={actor.userId} timeZone={clinic.timeZone} />
      <section aria-labelledby="new-staff-heading" className="mt-10">
        <h2 id="new-staff-heading" className="text-xl font-bold text-slate-900">
          Add a staff member
        </h2>
        <NewStaffForm therapists={therapists} />
      </section>
    </AdminPage>
  );
}
