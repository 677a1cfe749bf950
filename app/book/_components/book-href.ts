/** What travels from step to step of /book in its address (never anything about the patient). */
export interface BookState {
  type?: string;
  therapist?: string;
  week?: string;
  start?: string;
  region?: string;
  area?: string;
}

export function bookHref(state: BookState): string {
  const params = new URLSearchParams();
  for (const key of ["type", "therapist", "week", "start", "region", "area"] as const) {
    const value = state[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `/book?${query}` : "/book";
}
