import { listServices } from "@/lib/booking/data/catalogue";

/** Public: the services patients can book, with length and price. */
export async function GET() {
  const services = await listServices();
  return Response.json(services, { headers: { "Cache-Control": "public, max-age=60" } });
}
