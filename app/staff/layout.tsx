import type { Metadata } from "next";

export const metadata: Metadata = {
  title: { default: "Staff", template: "%s | Staff" },
  robots: { index: false, follow: false },
};

/**
 * The staff area. Reads nothing per request, so the queue (app/staff/page.tsx)
 * can be a static shell; the pages under (per-request) add the signed-in header.
 */
export default function StaffLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return children;
}
