/** What travels from step to step of /book in its address (never anything about the patient). */
export interface BookState {
  type?: string;
  therapist?: string;
  week?: string;
  start?: string;
  region?: string;
  area?: string;
  /** The answer to the safety question before booking: "none", or "checked" after a yes. */
  safety?: string;
}

export function bookHref(state: BookState): string {
  const params = new URLSearchParams();
  for (const key of ["type", "therapist", "week", "start", "region", "area", "safety"] as const) {
    const value = state[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `/book?${query}` : "/book";
}
