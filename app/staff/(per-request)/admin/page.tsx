import type { Metadata } from "next";
import Link from "next/link";

import { requireStaff } from "@/lib/auth/require-staff";

import { AdminPage } from "./_components/admin-page";

export const metadata: Metadata = { title: "Admin" };

const SECTIONS = [
  {
    href: "/staff/admin/clinic",
    title: "Clinic details",
    text: "Name, phone, e-mail, address and time zone, as every public page shows them.",
  },
  {
    href: "/staff/admin/staff",
    title: "Staff accounts",
    text: "Add people, give one-time passwords, deactivate accounts, sign someone out everywhere.",
  },
  {
    href: "/staff/admin/hours",
    title: "Working hours and time off",
    text: "Each therapist's weekly hours and dated time off, which set the free times patients can book.",
  },
  {
    href: "/staff/admin/types",
    title: "Appointment types",
    text: "Names, lengths, buffers, prices and booking rules (notice, horizon, step, cancellation cut-off).",
  },
  {
    href: "/staff/admin/patients",
    title: "Possible same patient",
    text: "Patient records with the same e-mail, side by side: link them into one history, or unlink.",
  },
  {
    href: "/staff/admin/attendance",
    title: "Attendance",
    text: "Appointments, no-shows and late cancellations per month and therapist, with the missed rate.",
  },
  { href: "/staff/admin/audit", title: "Audit log", text: "Who read or changed what, when, and from where." },
];

export default async function AdminHomePage() {
  await requireStaff({ role: "admin" });
  return (
    <AdminPage
      title="Admin"
      intro="Settings for the whole clinic. Every change is recorded in the audit log with your name."
    >
      <ul className="grid gap-4 sm:grid-cols-2">
        {SECTIONS.map((section) => (
          <li
            key={section.href}
            className="relative rounded-xl border border-slate-200 bg-white p-5 shadow-sm focus-within:ring-3 focus-within:ring-brand-700"
          >
            <h2 className="text-lg font-semibold">
              <Link
                href={section.href}
                className="text-brand-800 underline after:absolute after:inset-0 focus-visible:outline-none"
              >
                {section.title}
              </Link>
            </h2>
            <p className="mt-1 text-slate-700">{section.text}</p>
          </li>
        ))}
      </ul>
    </AdminPage>
  );
}
