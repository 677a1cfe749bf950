/** Labels for the detail keys events record; a key not listed shows as it is stored. */
const LABELS: Record<string, string> = {
  from: "From",
  to: "To",
  reason: "Reason",
  reminders: "Reminders (hours before)",
  chases: "Questionnaire reminders (hours before)",
  rows: "Patients listed",
  purpose: "Purpose",
  years: "Years kept",
  count: "Records anonymised",
};

/** Dispositions and other codes recorded in details, as staff say them. */
const VALUES: Record<string, string> = {
  emergency: "Emergency",
  urgent: "Urgent",
  soon: "Soon",
  routine: "Routine",
};

/**
 * An audit event's details (JSON as stored) as label/value pairs to show an admin.
 * Anything that is not a plain object shows nothing: details are optional.
 */
export function describeAuditDetails(details: unknown): { label: string; value: string }[] {
  if (!details || typeof details !== "object" || Array.isArray(details)) return [];
  // PostgreSQL's jsonb keeps its own key order: known keys first, in the order people read them.
  const rank = (key: string) => (key in LABELS ? Object.keys(LABELS).indexOf(key) : Infinity);
  return Object.entries(details as Record<string, unknown>)
    .sort(([a], [b]) => rank(a) - rank(b))
    .filter(([, value]) => value !== null && value !== undefined && value !== "")
    .map(([key, value]) => ({
      label: LABELS[key] ?? key,
      value: typeof value === "string" ? (VALUES[value] ?? value) : JSON.stringify(value),
    }));
}
