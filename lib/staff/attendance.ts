import { MONTH_NAMES } from "@/lib/calendar/dates";

/** One therapist's month: appointments that were due, and how many the patient missed or cancelled late. */
export interface AttendanceRow {
  /** YYYY-MM on the clinic's calendar. */
  month: string;
  therapistName: string;
  appointments: number;
  noShows: number;
  lateCancellations: number;
}

/** The first day (YYYY-MM-01) of the month `monthsBack` months before the month of `today` (YYYY-MM-DD). */
export function firstOfMonthBefore(today: string, monthsBack: number): string {
  const [year, month] = today.split("-").map(Number) as [number, number];
  const index = year * 12 + (month - 1) - monthsBack;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}-01`;
}

/** Missed and late-cancelled appointments as a share of those due: 0 when none were due. */
export function missedRate(row: Pick<AttendanceRow, "appointments" | "noShows" | "lateCancellations">): number {
  return row.appointments === 0 ? 0 : (row.noShows + row.lateCancellations) / row.appointments;
}

export const percent = (rate: number) => `${(Math.round(rate * 1000) / 10).toLocaleString("en-GB")}%`;

/** "March 2027" for "2027-03". */
export function monthInWords(month: string): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return `${MONTH_NAMES[m - 1]} ${year}`;
}

/** The clinic's figures per month (every therapist together), newest first, as the rows are ordered. */
export function clinicTotals(rows: readonly AttendanceRow[]): AttendanceRow[] {
  const byMonth = new Map<string, AttendanceRow>();
  for (const row of rows) {
    const total = byMonth.get(row.month) ?? {
      month: row.month,
      therapistName: "All therapists",
      appointments: 0,
      noShows: 0,
      lateCancellations: 0,
    };
    total.appointments += row.appointments;
    total.noShows += row.noShows;
    total.lateCancellations += row.lateCancellations;
    byMonth.set(row.month, total);
  }
  return [...byMonth.values()].sort((a, b) => b.month.localeCompare(a.month));
}
