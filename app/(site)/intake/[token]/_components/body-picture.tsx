"use client";

import type { Ref } from "react";

import { BodyFigure, REGION_SPOTS, type PictureRegion, type View } from "@/app/_components/body-figure";
import type { Option } from "@/lib/intake/question-types";

// The region question's body picture: the figure from the front and the back,
// each region's radio a labelled box beside it with a line to its place.
// The radios are the question's own (one group, from the keyboard too); a tap on
// the figure itself is a shortcut for a pointer and chooses the same radio.

const WIDTH = 360;
const HEIGHT = 420;
const FIGURE_TOP = 20;
const FIGURE_X: Record<View, number> = { front: 140, back: 220 };
/** Where each region's box sits: its side, and the height of its centre. */
const BOXES: Record<PictureRegion, { side: "left" | "right"; y: number }> = {
  hip_groin: { side: "left", y: 150 },
  thigh: { side: "left", y: 225 },
  knee: { side: "left", y: 300 },
  ankle: { side: "left", y: 375 },
  lower_back: { side: "right", y: 120 },
  lower_leg: { side: "right", y: 300 },
  foot_heel: { side: "right", y: 375 },
};
const BOX_WIDTH = 0.29;
/** A 44 px target at the narrowest the picture is drawn (343 px wide on a 375 px phone). */
const HIT_RADIUS = 23.5;

/** Whether the picture offers this region; the others ("somewhere else") stay plain radios below it. */
export const isPictured = (code: string): code is PictureRegion => Object.hasOwn(BOXES, code);
const spotAt = (region: PictureRegion) => {
  const spot = REGION_SPOTS[region];
  return { x: FIGURE_X[spot.view] + spot.x, y: FIGURE_TOP + spot.y };
};

const choice =
  "absolute flex min-h-11 -translate-y-1/2 cursor-pointer items-center gap-1.5 rounded-lg border-2 border-slate-300 bg-white px-1.5 py-1 text-sm leading-tight text-slate-900 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:checked]:font-semibold";

export function BodyPicture({
  name,
  options,
  value,
  onChange,
  inputRef,
}: {
  name: string;
  options: readonly Option[];
  value: unknown;
  onChange: (code: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}) {
  // Down the left column, then the right: the order the radios are met by Tab and arrow keys.
  const pictured = options.filter((o) => isPictured(o.code)).sort((a, b) => order(a.code) - order(b.code));

  return (
    <div
      data-testid="body-picture"
      className="relative mx-auto w-full max-w-[26rem]"
      style={{ aspectRatio: `${WIDTH} / ${HEIGHT}` }}
    >
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="absolute inset-0 size-full" aria-hidden="true">
        <BodyFigure view="front" x={FIGURE_X.front} y={FIGURE_TOP} />
        <BodyFigure view="back" x={FIGURE_X.back} y={FIGURE_TOP} />
        {(["front", "back"] as const).map((view) => (
          <text key={view} x={FIGURE_X[view]} y={HEIGHT - 4} textAnchor="middle" className="fill-slate-700 text-[13px]">
            {view === "front" ? "Front" : "Back"}
          </text>
        ))}
        {pictured.map((option) => {
          const region = option.code as PictureRegion;
          const spot = spotAt(region);
          const box = BOXES[region];
          const chosen = value === region;
          const edge = box.side === "left" ? WIDTH * BOX_WIDTH : WIDTH * (1 - BOX_WIDTH);
          return (
            <g key={region} data-region-spot={region} onClick={() => onChange(region)} className="cursor-pointer">
              <line
                x1={edge}
                y1={box.y}
                x2={spot.x}
                y2={spot.y}
                className="stroke-brand-700"
                strokeWidth={chosen ? 3 : 1.5}
              />
              <circle cx={spot.x} cy={spot.y} r={HIT_RADIUS} fill="transparent" />
              {chosen && (
                <circle cx={spot.x} cy={spot.y} r="15" className="fill-none stroke-brand-900" strokeWidth="2" />
              )}
              <circle
                cx={spot.x}
                cy={spot.y}
                r={chosen ? 10 : 8}
                className={chosen ? "fill-brand-700 stroke-white" : "fill-brand-100 stroke-brand-700"}
                strokeWidth={chosen ? 3 : 2}
              />
            </g>
          );
        })}
      </svg>
      {pictured.map((option, i) => {
        const box = BOXES[option.code as PictureRegion];
        return (
          <label
            key={option.code}
            className={choice}
            style={{ top: `${(box.y / HEIGHT) * 100}%`, [box.side]: 0, width: `${BOX_WIDTH * 100}%` }}
          >
            <input
              ref={i === 0 ? inputRef : undefined}
              type="radio"
              name={name}
              value={option.code}
              checked={value === option.code}
              onChange={() => onChange(option.code)}
              className="size-4 shrink-0"
            />
            {option.label}
          </label>
        );
      })}
    </div>
  );
}

function order(code: string): number {
  const box = BOXES[code as PictureRegion];
  return (box.side === "left" ? 0 : HEIGHT) + box.y;
}
