import { z } from "zod";

const CONFIRM = "Type the patient's full name, as it is on the case, to confirm";

/** The erase form and POST /staff/api/patients/{id}/erase: the patient's full name, typed to confirm. */
export const eraseSchema = z.strictObject(
  { confirm: z.string(CONFIRM).trim().min(1, CONFIRM).max(200, CONFIRM) },
  { error: () => 'Send {"confirm": "<the patient\'s full name>"}' },
);
export type EraseInput = z.infer<typeof eraseSchema>;

export const NAME_MISMATCH = "That is not the patient's full name as it is on the case. Nothing was erased.";
