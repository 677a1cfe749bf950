import { missedRate, monthInWords, percent, type AttendanceRow } from "@/lib/staff/attendance";

/**
 * The clinic's missed rate per month as bars, oldest on the left. A picture of the
 * table below it (which holds every figure), so it is one image with a summary.
 */
export function MissedChart({ totals }: { totals: AttendanceRow[] }) {
  const months = [...totals].reverse();
  const rates = months.map(missedRate);
  const top = Math.max(0.1, ...rates);
  const width = 40;
  const height = 120;
  const summary = months.map((m, i) => `${monthInWords(m.month)} ${percent(rates[i]!)}`).join(", ");
  return (
    <figure className="mt-4 overflow-x-auto">
      <svg
        role="img"
        aria-label={`Missed appointments by month: ${summary}`}
        viewBox={`0 0 ${months.length * width} ${height + 36}`}
        className="h-48 max-w-full"
        style={{ minWidth: `${months.length * 2.5}rem` }}
      >
        {months.map((m, i) => {
          const bar = Math.round((rates[i]! / top) * height);
          return (
            <g key={m.month} transform={`translate(${i * width}, 0)`}>
              <rect x={8} y={height - bar + 16} width={width - 16} height={bar} className="fill-brand-700" />
              <text x={width / 2} y={height - bar + 12} textAnchor="middle" className="fill-slate-900 text-[10px]">
                {percent(rates[i]!)}
              </text>
              <text x={width / 2} y={height + 30} textAnchor="middle" className="fill-slate-700 text-[11px]">
                {monthInWords(m.month).slice(0, 3)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="text-sm text-slate-700">
        Share of appointments missed or cancelled late, each month (all therapists).
      </figcaption>
    </figure>
  );
}
