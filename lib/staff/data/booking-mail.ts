import "server-only";

import type { BookingMailDetails } from "@/lib/booking/emails";
import { clinicContactIn } from "@/lib/clinic/data";
import type { Prisma } from "@/lib/generated/prisma/client";
import { bookingMailDetails } from "@/lib/messages/mail-details";

/**
 * What an e-mail to the patient about a change staff made says, read inside the
 * change's transaction (so it names the new time or therapist). Null for a booking
 * made before reminders existed: it kept no link to send, and the clinic rings them.
 */
export async function patientMailDetailsIn(
  tx: Prisma.TransactionClient,
  bookingId: string,
): Promise<BookingMailDetails | null> {
  const b = await tx.booking.findUniqueOrThrow({
    where: { id: bookingId },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      createdAt: true,
      updatedAt: true,
      manageTokenSealed: true,
      patient: { select: { name: true, email: true } },
      appointmentType: { select: { name: true, minutes: true } },
      therapist: { select: { displayName: true } },
    },
  });
  if (!b.manageTokenSealed) return null;
  return bookingMailDetails(
    {
      ...b,
      manageTokenSealed: b.manageTokenSealed,
      patientName: b.patient.name,
      email: b.patient.email,
      typeName: b.appointmentType.name,
      minutes: b.appointmentType.minutes,
      therapistName: b.therapist.displayName,
    },
    await clinicContactIn(tx),
  );
}
