import type { ConditionFrontMatter } from "./condition-schema";

/** Booking with the condition's appointment type preset and its region (and area) carried to the intake. */
export function bookingHref(condition: Pick<ConditionFrontMatter, "booking">): string {
  const { appointmentType, region, area } = condition.booking;
  const params = new URLSearchParams({ type: appointmentType, region });
  if (area) params.set("area", area);
  return `/book?${params.toString()}`;
}

export function conditionPath(slug: string): string {
  return `/conditions/${slug}`;
}

export function regionAnchor(region: string): string {
  return `region-${region.replace(/_/g, "-")}`;
}
