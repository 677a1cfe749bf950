"use client";

import { BodyOutline } from "@/app/_components/body-outline";
import { REGION_LABELS, type Region } from "@/lib/intake/regions";

// Where each region sits on a simple front-view figure. The list of choices
// beside it is the same question: the picture is a quicker way in, never the only one.
const SPOTS: { region: Region; x: number; y: number }[] = [
  { region: "lower_back", x: 90, y: 150 },
  { region: "hip_groin", x: 90, y: 190 },
  { region: "thigh", x: 104, y: 240 },
  { region: "knee", x: 104, y: 292 },
  { region: "lower_leg", x: 106, y: 340 },
  { region: "ankle", x: 106, y: 376 },
  { region: "foot_heel", x: 110, y: 412 },
];

export function BodyPicture({ value, onChange }: { value?: string; onChange: (region: Region) => void }) {
  return (
    <svg
      viewBox="40 0 140 440"
      className="mb-4 h-auto w-40"
      role="group"
      aria-label="Body picture: choose where it hurts"
    >
      <BodyOutline />
      {SPOTS.map((spot) => {
        const chosen = value === spot.region;
        return (
          <g
            key={spot.region}
            role="button"
            tabIndex={0}
            aria-pressed={chosen}
            aria-label={REGION_LABELS[spot.region]}
            onClick={() => onChange(spot.region)}
            onKeyDown={(event) => {
              if (event.key === "Enter" || event.key === " ") {
                event.preventDefault();
                onChange(spot.region);
              }
            }}
            className="cursor-pointer outline-none [&:focus-visible>circle]:stroke-brand-900 [&:focus-visible>circle]:stroke-[5]"
          >
            <circle
              cx={spot.x}
              cy={spot.y}
              r="13"
              className={chosen ? "fill-brand-700 stroke-brand-900" : "fill-brand-700/20 stroke-brand-700"}
              strokeWidth="3"
            />
          </g>
        );
      })}
    </svg>
  );
}
