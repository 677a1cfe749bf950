import type { ScheduleBooking } from "@/lib/staff/data/schedule";

// A word and an icon for each booking status (never colour alone).
const STATUS: Record<ScheduleBooking["status"], { label: string; className: string; icon: string }> = {
  booked: {
    label: "Booked",
    className: "border-slate-400 bg-white text-slate-800",
    icon: "M5 6h14v14H5zM5 10h14M9 3v4m6-4v4",
  },
  completed: {
    label: "Attended",
    className: "border-emerald-700 bg-emerald-50 text-emerald-900",
    icon: "M4 12l5 5L20 6",
  },
  no_show: { label: "No-show", className: "border-red-700 bg-red-50 text-red-800", icon: "M6 6l12 12M18 6 6 18" },
  cancelled: {
    label: "Cancelled",
    className: "border-slate-400 bg-slate-100 text-slate-700",
    icon: "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20ZM5 5l14 14",
  },
};

export function BookingStatus({ status, late = false }: { status: ScheduleBooking["status"]; late?: boolean }) {
  const style = late && status === "cancelled" ? { ...STATUS.cancelled, label: "Cancelled late" } : STATUS[status];
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-sm font-semibold ${style.className}`}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-4 shrink-0"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d={style.icon} />
      </svg>
      {style.label}
    </span>
  );
}
