import { z } from "zod";

import { uuidSchema } from "@/lib/uuid";

/** The admin's "add a staff member" form, in the browser and in the server action. */
export const newStaffUserSchema = z.object({
  name: z.string().trim().min(1, "Enter the person's full name").max(100, "Keep the name to 100 characters"),
  email: z
    .email("Enter their work e-mail address, like sam@clinic.example")
    .max(254, "Keep the e-mail address to 254 characters"),
  role: z.enum(["therapist", "admin"], { error: "Choose a role" }),
  /** "" when the account has no public therapist profile. */
  therapistId: z.union([z.literal(""), uuidSchema("Choose a therapist profile from the list")]),
});
export type NewStaffUserInput = z.infer<typeof newStaffUserSchema>;

/** The row buttons (deactivate, reset password, sign out everywhere) send only the user's id. */
export const staffUserIdSchema = z.object({ userId: uuidSchema("Choose a staff member") });
