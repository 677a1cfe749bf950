/**
 * The public address of the site, for canonical links, sitemaps and e-mails.
 * Static pages bake it in at build time, so set SITE_URL before `next build`.
 */
export function siteUrl(env: Record<string, string | undefined> = process.env): URL {
  return new URL(env.SITE_URL || env.NEXTAUTH_URL || "http://localhost:3000");
}
