import { isDatabaseUp } from "@/lib/db";

export const dynamic = "force-dynamic";

/** Liveness for load balancers and `docker compose`: 200 when the database answers. */
export async function GET() {
  const up = await isDatabaseUp();
  return Response.json(up ? { status: "ok" } : { status: "unavailable", database: "unreachable" }, {
    status: up ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
