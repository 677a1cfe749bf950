import { z } from "zod";

const YEARS = "Enter a whole number of years from 1 to 100, like 8";

/** The admin's retention period: years after a patient's last appointment before their record is anonymised. */
export const retentionSchema = z.object({
  years: z.coerce.number(YEARS).int(YEARS).min(1, YEARS).max(100, YEARS),
});
export type RetentionInput = z.infer<typeof retentionSchema>;
