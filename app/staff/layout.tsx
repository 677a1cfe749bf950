import type { Metadata } from "next";

import { StaffHeader } from "./_components/staff-header";

export const metadata: Metadata = {
  title: { default: "Staff", template: "%s | Staff" },
  robots: { index: false, follow: false },
};

/** The staff area: its own header (no patient help line), full width for tables. */
export default function StaffLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <>
      <StaffHeader />
      <main id="main" className="flex-1 bg-slate-50 print:bg-white">
        {children}
      </main>
    </>
  );
}
