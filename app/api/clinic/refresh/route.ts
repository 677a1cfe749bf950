import { refreshClinicPages } from "@/lib/clinic/data";
import { isValidRefreshToken } from "@/lib/clinic/refresh-token";

export const dynamic = "force-dynamic";

/** Called by `npm run clinic` and at start-up: every page shows the clinic_settings row on its next visit. */
export async function POST(request: Request) {
  const token = request.headers.get("authorization")?.replace(/^Bearer /, "") ?? null;
  if (!isValidRefreshToken(token, process.env.NEXTAUTH_SECRET)) {
    return Response.json({ error: "forbidden" }, { status: 403, headers: { "Cache-Control": "no-store" } });
  }
  refreshClinicPages();
  return Response.json({ refreshed: true }, { headers: { "Cache-Control": "no-store" } });
}
