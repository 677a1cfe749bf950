import { z } from "zod";

/** The offer and leave pages' forms: only the link's token (checked for shape and looked up by the domain). */
export const waitlistTokenSchema = z.object({ token: z.string().min(1).max(100) });
