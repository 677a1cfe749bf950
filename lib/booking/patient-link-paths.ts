/** Days a "link my visits" e-mail link stays usable. */
export const LINK_TOKEN_DAYS = 14;

export const confirmPatientPath = (token: string) => `/confirm-patient/${token}`;
