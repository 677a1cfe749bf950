import { z } from "zod";

import { uuidSchema } from "@/lib/uuid";

/** Two patient records an admin links or unlinks. */
export const patientPairSchema = z.object({
  a: uuidSchema("Choose a patient record"),
  b: uuidSchema("Choose a patient record"),
});

/** The e-mailed "link my visits" form: only its token. */
export const linkTokenSchema = z.object({ token: z.string().min(1).max(100) });
