import type { Metadata } from "next";

export const metadata: Metadata = {
  title: { default: "Staff", template: "%s | Staff" },
  robots: { index: false, follow: false },
};

/**
 * The staff area. Reads nothing itself: the queue (app/staff/page.tsx) is a shell
 * that draws its header once its data names the viewer; the pages under
 * (per-request) add the signed-in header.
 */
export default function StaffLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return children;
}
