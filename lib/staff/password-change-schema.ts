import { z } from "zod";

import { newPasswordField } from "@/lib/auth/password-field";

/** A staff member's own password change. Commonness is checked on the server (the list is not sent to browsers). */
export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password").max(256, "Use at most 256 characters"),
    newPassword: newPasswordField,
    confirmPassword: z.string().max(256, "Use at most 256 characters"),
  })
  .refine((v) => v.confirmPassword === v.newPassword, {
    path: ["confirmPassword"],
    message: "Type the same new password again",
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ["newPassword"],
    message: "Choose a password different from your current one",
  });
export type PasswordChangeInput = z.infer<typeof passwordChangeSchema>;
