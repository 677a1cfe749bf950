import { regionAnchor } from "@/lib/content/condition-links";
import type { Region } from "@/lib/intake/regions";

interface Spot {
  region: Region;
  label: string;
  /** Hotspot centre on the figure, and where its label sits. */
  x: number;
  y: number;
  labelY: number;
}

// A front-view figure; each region is a link with a visible text label, so it
// works by mouse, touch, keyboard (Tab) and screen reader alike.
export function BodyMap({ spots }: { spots: Spot[] }) {
  return (
    <svg viewBox="0 0 320 440" className="h-auto w-full max-w-xs" aria-labelledby="body-map-title">
      <title id="body-map-title">Body picture: choose where it hurts</title>
      <g fill="#e2e8f0" stroke="#94a3b8" strokeWidth="2" aria-hidden="true">
        <circle cx="90" cy="36" r="24" />
        <path d="M62 68h56l12 104-11 2-7-62v72H68v-72l-7 62-11-2 12-104Z" />
        <path d="M67 182h22l-2 112-3 104H68l-1-104-3-112Z" />
        <path d="M91 182h22l3 112-1 104H99l-3-104-5-112Z" />
        <path d="M68 398h16l2 14H58l10-14ZM99 398h16l10 14H97l2-14Z" />
      </g>
      {spots.map((spot) => (
        <a key={spot.region} href={`#${regionAnchor(spot.region)}`} className="group">
          <line x1={spot.x + 16} y1={spot.y} x2="172" y2={spot.labelY} stroke="#0f766e" strokeWidth="2" aria-hidden="true" />
          <circle
            cx={spot.x}
            cy={spot.y}
            r="16"
            className="fill-brand-700/25 stroke-brand-700 group-hover:fill-brand-700/50 group-focus-visible:fill-brand-700/60"
            strokeWidth="3"
          />
          <rect x="172" y={spot.labelY - 18} width="144" height="36" rx="8" className="fill-white stroke-brand-700 group-hover:fill-brand-50" strokeWidth="2" />
          <text x="244" y={spot.labelY + 6} textAnchor="middle" className="fill-brand-900 text-[15px] font-semibold underline">
            {spot.label}
          </text>
        </a>
      ))}
    </svg>
  );
}
