import Link from "next/link";

import { SignOutButton } from "./sign-out-button";

const linkClass = "inline-flex min-h-11 items-center rounded px-2 text-slate-700 hover:text-brand-800";

export interface HeaderStaff {
  name: string;
  role: "admin" | "therapist";
  mustChangePassword?: boolean;
}

/**
 * The staff header as plain markup, so the pages rendered per request (through
 * StaffHeader) and the queue's shell (once its data names the viewer) draw the same bar.
 */
export function StaffHeaderBar({ clinicName, staff }: { clinicName: string; staff: HeaderStaff | null }) {
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <nav
        aria-label="Staff"
        className="mx-auto flex min-h-15 max-w-7xl flex-wrap items-center justify-between gap-x-6 gap-y-1 px-4 py-2"
      >
        <Link href="/staff" className="flex min-h-11 items-center gap-2 font-bold text-brand-900 no-underline">
          {clinicName}
          <span className="rounded bg-brand-50 px-2 py-0.5 text-sm font-semibold text-brand-800">Staff</span>
        </Link>
        {staff && !staff.mustChangePassword ? (
          <ul className="flex flex-wrap items-center gap-x-2 text-base">
            <li>
              <Link href="/staff" className={linkClass}>
                Queue
              </Link>
            </li>
            <li>
              <Link href="/staff/schedule" className={linkClass}>
                Schedule
              </Link>
            </li>
            <li>
              <Link href="/staff/waitlist" className={linkClass}>
                Waitlist
              </Link>
            </li>
            {staff.role === "admin" ? (
              <li>
                <Link href="/staff/admin" className={linkClass}>
                  Admin
                </Link>
              </li>
            ) : null}
            <li className="ml-2 flex items-center gap-2 text-sm text-slate-600">
              <span>{staff.name}</span>
              <SignOutButton />
            </li>
          </ul>
        ) : staff ? (
          <SignOutButton />
        ) : null}
      </nav>
    </header>
  );
}
