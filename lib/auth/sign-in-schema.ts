import { z } from "zod";

/** The sign-in form and the credentials provider share this schema. */
export const signInSchema = z.object({
  email: z.email("Enter your work e-mail address").max(254),
  password: z.string().min(1, "Enter your password").max(256),
});

export type SignInInput = z.infer<typeof signInSchema>;
