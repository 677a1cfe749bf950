import { BodyFigure } from "@/app/_components/body-figure";
import { regionAnchor } from "@/lib/content/condition-links";
import type { Region } from "@/lib/intake/regions";

interface Spot {
  region: Region;
  label: string;
  /** Hotspot centre in the figure's own coordinates (as REGION_SPOTS), and the height its label sits at. */
  x: number;
  y: number;
  labelY: number;
}

// The front view of the questionnaire's figure, standing here.
const FIGURE = { x: 90, y: 20 };

// A front-view figure; each region is a link with a visible text label, so it
// works by mouse, touch, keyboard (Tab) and screen reader alike.
export function BodyMap({ spots: onFigure }: { spots: Spot[] }) {
  const spots = onFigure.map((spot) => ({ ...spot, x: FIGURE.x + spot.x, y: FIGURE.y + spot.y }));
  return (
    <svg viewBox="0 0 320 440" className="h-auto w-full max-w-xs" aria-labelledby="body-map-title">
      <title id="body-map-title">Body picture: choose where it hurts</title>
      <BodyFigure view="front" x={FIGURE.x} y={FIGURE.y} />
      {spots.map((spot) => (
        <a key={spot.region} href={`#${regionAnchor(spot.region)}`} className="group">
          <line
            x1={spot.x + 16}
            y1={spot.y}
            x2="172"
            y2={spot.labelY}
            stroke="#0f766e"
            strokeWidth="2"
            aria-hidden="true"
          />
          <circle
            cx={spot.x}
            cy={spot.y}
            r="16"
            className="fill-brand-700/25 stroke-brand-700 group-hover:fill-brand-700/50 group-focus-visible:fill-brand-700/60"
            strokeWidth="3"
          />
          <rect
            x="172"
            y={spot.labelY - 18}
            width="144"
            height="36"
            rx="8"
            className="fill-white stroke-brand-700 group-hover:fill-brand-50"
            strokeWidth="2"
          />
          <text
            x="244"
            y={spot.labelY + 6}
            textAnchor="middle"
            className="fill-brand-900 text-[15px] font-semibold underline"
          >
            {spot.label}
          </text>
        </a>
      ))}
    </svg>
  );
}
