import { currentStaff } from "@/lib/auth/require-staff";
import { getClinic } from "@/lib/clinic/data";

import { StaffHeaderBar } from "./staff-header-bar";

/** The staff header for pages rendered per request: the signed-in user from this request's session. */
export async function StaffHeader() {
  const [clinic, staff] = await Promise.all([getClinic(), currentStaff()]);
  return <StaffHeaderBar clinicName={clinic.name} staff={staff} />;
}
