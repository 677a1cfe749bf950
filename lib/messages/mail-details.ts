import "server-only";

import { intakePath, managePath } from "@/lib/booking/book";
import type { BookingMailDetails } from "@/lib/booking/emails";
import { openSealedManageToken } from "@/lib/booking/sealed-token";
import type { PublicContact } from "@/lib/clinic/contact";
import { siteUrl } from "@/lib/clinic/site-url";

/** What a message about a booking needs from its row (bookings made before reminders existed kept no token). */
export interface BookingForMail {
  id: string;
  startsAt: Date;
  endsAt: Date;
  createdAt: Date;
  updatedAt: Date;
  manageTokenSealed: string;
  patientName: string;
  email: string;
  typeName: string;
  minutes: number;
  therapistName: string;
}

/** The details every booking e-mail is written from, with the patient's own links opened from the sealed token. */
export function bookingMailDetails(b: BookingForMail, clinic: PublicContact): BookingMailDetails {
  const token = openSealedManageToken(b.manageTokenSealed);
  const site = siteUrl();
  return {
    bookingId: b.id,
    clinic,
    patientName: b.patientName,
    to: b.email,
    typeName: b.typeName,
    minutes: b.minutes,
    therapistName: b.therapistName,
    start: b.startsAt,
    end: b.endsAt,
    manageUrl: new URL(managePath(token), site).toString(),
    intakeUrl: new URL(intakePath(token), site).toString(),
    // The calendar entry as last changed: the same SEQUENCE the last change sent.
    sequence: Math.floor((b.updatedAt.getTime() - b.createdAt.getTime()) / 1000),
  };
}
