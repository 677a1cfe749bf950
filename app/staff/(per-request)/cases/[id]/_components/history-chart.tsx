"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface HistoryPoint {
  label: string;
  painNow: number;
  painWorst: number;
  psfs: number;
}

/**
 * Pain (0–10, lower is better) and PSFS (0–10, higher is better) across the
 * patient's questionnaires. The table beside it carries the same numbers for
 * screen readers and print.
 */
export function HistoryChart({ points }: { points: HistoryPoint[] }) {
  return (
    <div aria-hidden="true" className="h-64 w-full print:hidden">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fill: "#334155", fontSize: 12 }} />
          <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} tick={{ fill: "#334155", fontSize: 12 }} width={32} />
          <Tooltip />
          <Legend />
          <Line
            type="monotone"
            dataKey="painNow"
            name="Pain now"
            stroke="#b91c1c"
            strokeWidth={2}
            dot={{ r: 4 }}
            isAnimationActive={false}
          />
          <Line
            type="monotone"
            dataKey="painWorst"
            name="Worst pain"
            stroke="#c2410c"
            strokeWidth={2}
            strokeDasharray="6 3"
            dot={{ r: 4 }}
            isAnimationActive={false}
          />
          <Line
            type="monotone"
            dataKey="psfs"
            name="PSFS (function)"
            stroke="#0f766e"
            strokeWidth={2}
            dot={{ r: 4 }}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
