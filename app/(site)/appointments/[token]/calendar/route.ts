import { calendarFile } from "@/lib/booking/calendar-file";
import { intakePath, managePath } from "@/lib/booking/book";
import { openManageLink } from "@/lib/booking/manage";
import { getClinic } from "@/lib/clinic/data";
import { siteUrl } from "@/lib/clinic/site-url";

export const dynamic = "force-dynamic";

/** "Add to calendar": the appointment as an .ics file, opened by the manage link's token. */
export async function GET(_request: Request, { params }: RouteContext<"/appointments/[token]/calendar">) {
  const { token } = await params;
  const booking = await openManageLink(token);
  if (!booking || booking.status !== "booked") return new Response("Not found", { status: 404 });
  const clinic = await getClinic();
  const manageUrl = new URL(managePath(token), siteUrl()).toString();
  const ics = calendarFile({
    uid: booking.id,
    start: booking.startsAt,
    end: booking.endsAt,
    title: `${booking.type.name} with ${booking.therapist.displayName} at ${clinic.name}`,
    description: `Change or cancel: ${manageUrl}\nYour questionnaire: ${new URL(intakePath(token), siteUrl())}`,
    location: `${clinic.name}, ${clinic.address}`,
    url: manageUrl,
    sequence: Math.floor((booking.startsAt.getTime() - booking.createdAt.getTime()) / 1000),
  });
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="appointment.ics"',
      "Cache-Control": "private, no-store",
    },
  });
}
