import type { Disposition } from "@/lib/triage/rule-types";

// Fixed colour AND icon AND word for each level (never colour alone).
const STYLE: Record<Disposition, { label: string; className: string; icon: string }> = {
  emergency: {
    label: "Emergency",
    className: "border-red-700 bg-red-50 text-red-800",
    icon: "M12 3 2 21h20L12 3Zm0 6v5m0 3v.5",
  },
  urgent: {
    label: "Urgent",
    className: "border-orange-700 bg-orange-50 text-orange-800",
    icon: "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 5v6m0 3v.5",
  },
  soon: {
    label: "Soon",
    className: "border-amber-700 bg-amber-50 text-amber-900",
    icon: "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 5v5l3 3",
  },
  routine: { label: "Routine", className: "border-emerald-700 bg-emerald-50 text-emerald-800", icon: "M4 12l5 5L20 6" },
};

export const DISPOSITION_LABELS: Record<Disposition, string> = {
  emergency: STYLE.emergency.label,
  urgent: STYLE.urgent.label,
  soon: STYLE.soon.label,
  routine: STYLE.routine.label,
};

export function DispositionBadge({ disposition, size = "sm" }: { disposition: Disposition; size?: "sm" | "lg" }) {
  const style = STYLE[disposition];
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border font-semibold ${style.className} ${size === "lg" ? "px-3 py-1 text-base" : "px-2 py-0.5 text-sm"}`}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-4 shrink-0"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.4"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d={style.icon} />
      </svg>
      {style.label}
    </span>
  );
}
