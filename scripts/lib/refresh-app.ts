import { refreshToken } from "../../lib/clinic/refresh-token";

/** Asks a running Stride to show the clinic_settings row as it is now on every page. */
export async function refreshRunningApp(baseUrl: string, secret: string): Promise<boolean> {
  try {
    const response = await fetch(new URL("/api/clinic/refresh", baseUrl), {
      method: "POST",
      headers: { authorization: `Bearer ${refreshToken(secret)}` },
    });
    return response.ok;
  } catch {
    return false;
  }
}
