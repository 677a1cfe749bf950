import { z } from "zod";

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The clinic's public details: one schema for the command line now and the admin form later. */
export const clinicSettingsSchema = z.object({
  name: z.string().trim().min(1, "Enter the clinic's name").max(100, "Keep the name to 100 characters"),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[\d\s()-]{6,20}$/, "Enter a phone number using digits and spaces, like 0117 496 0123"),
  email: z.email("Enter an e-mail address, like hello@clinic.example"),
  address: z.string().trim().min(1, "Enter the clinic's address").max(200, "Keep the address to 200 characters"),
  timeZone: z.string().refine(isTimeZone, "Enter a time zone name, like Europe/London"),
});

export type ClinicSettingsInput = z.infer<typeof clinicSettingsSchema>;
