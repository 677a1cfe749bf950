import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";

import { getClinic } from "@/lib/clinic/data";
import { siteUrl } from "@/lib/clinic/site-url";

import "./globals.css";

// Self-hosted from npm: no font is fetched at build or run time.
const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "swap",
  weight: "100 900",
  // Next's own fallback names only local("Arial"), which Linux and Android phones lack, so
  // their text reflowed when Inter arrived and the page's largest paint came late. The
  // fallback in globals.css is matched to Inter on the fonts those systems have.
  adjustFontFallback: false,
});

export async function generateMetadata(): Promise<Metadata> {
  const clinic = await getClinic();
  return {
    metadataBase: siteUrl(),
    title: { default: `${clinic.name} — sports injury and physiotherapy`, template: `%s | ${clinic.name}` },
    description:
      "Sports injury physiotherapy for runners and field-sport players: plain-English guides to common problems, and how to book with the right therapist.",
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f766e" };

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="en-GB" className={inter.variable}>
      <body className="flex min-h-dvh flex-col font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-4 focus:left-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2"
        >
          Skip to main content
        </a>
        {/* Each area's layout adds its own header and the <main id="main"> the skip link targets. */}
        {children}
      </body>
    </html>
  );
}
