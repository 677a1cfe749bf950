import { listTherapists } from "@/lib/booking/data/catalogue";

/** Public: therapists' public profiles (no contact details, no account links). */
export async function GET() {
  const therapists = await listTherapists();
  return Response.json(therapists, { headers: { "Cache-Control": "public, max-age=60" } });
}
