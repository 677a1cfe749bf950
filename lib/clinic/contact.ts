// The clinic's public contact details. The clinic_settings row is the source
// (lib/clinic/data.ts); the CLINIC_* variables only fill that row on first start,
// and stand in when the row cannot be read at all (a build with no database).

export interface PublicContact {
  name: string;
  phone: string;
  email: string;
  address: string;
  timeZone: string;
}

/** The clinic_settings columns that make a PublicContact, for a query's `select`. */
export const CONTACT_COLUMNS = { name: true, phone: true, email: true, address: true, timeZone: true } as const;

export function clinicFromEnv(env: Record<string, string | undefined> = process.env): PublicContact {
  return {
    name: env.CLINIC_NAME || "Stride Sports Physio",
    phone: env.CLINIC_PHONE || "0117 496 0123",
    email: env.CLINIC_EMAIL || "hello@stride-clinic.example",
    address: env.CLINIC_ADDRESS || "12 Riverside Walk, Bristol BS1 4RB",
    timeZone: env.CLINIC_TIME_ZONE || "Europe/London",
  };
}

/** "0117 496 0123" → "tel:+441174960123" for UK numbers; other numbers keep their digits. */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, "");
  if (digits.startsWith("+")) return `tel:${digits}`;
  if (digits.startsWith("0")) return `tel:+44${digits.slice(1)}`;
  return `tel:${digits}`;
}
