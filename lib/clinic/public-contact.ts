// The clinic's public contact details, shown in every page's header and footer.
// They come from the environment (baked in at build) rather than the database so
// that static pages, such as the condition library, need no database to render.
// The seed writes the same values into clinic_settings.

export interface PublicContact {
  name: string;
  phone: string;
  email: string;
  address: string;
  timeZone: string;
}

export function publicContact(env: Record<string, string | undefined> = process.env): PublicContact {
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
