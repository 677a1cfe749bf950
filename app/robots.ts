import type { MetadataRoute } from "next";

import { siteUrl } from "@/lib/clinic/site-url";

export default function robots(): MetadataRoute.Robots {
  return {
    // Staff screens and APIs hold or lead to health data: keep them out of search engines.
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/staff", "/api/", "/intake", "/appointments", "/waitlist/offers", "/waitlist/leave"],
    },
    sitemap: new URL("/sitemap.xml", siteUrl()).toString(),
  };
}
