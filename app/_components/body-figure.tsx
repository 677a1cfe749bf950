import type { Region } from "@/lib/intake/regions";

// The figure behind the body pictures, seen from the front and from the back, and
// where each body region sits on it. Coordinates are the figure's own: x from its
// centre line (negative is the viewer's left), y down from the top of the head.

export type View = "front" | "back";
export type PictureRegion = Exclude<Region, "other">;

/** Height of the figure, head to toe, in its own units (it is 76 wide, arms included). */
export const FIGURE_HEIGHT = 380;

/** Each region's mark, on the view that shows it best: the knee from the front, the heel from the back. */
export const REGION_SPOTS = {
  hip_groin: { view: "front", x: -12, y: 186 },
  thigh: { view: "front", x: -13, y: 236 },
  knee: { view: "front", x: -13, y: 286 },
  ankle: { view: "front", x: -12, y: 350 },
  lower_back: { view: "back", x: 0, y: 160 },
  lower_leg: { view: "back", x: 13, y: 308 },
  foot_heel: { view: "back", x: 12, y: 370 },
} as const satisfies Record<PictureRegion, { view: View; x: number; y: number }>;

const TORSO =
  "M-18 54H18Q26 55 26 63L24 120Q22 142 25 166L26 192Q14 198 0 196Q-14 198-26 192L-25 166Q-22 142-24 120L-26 63Q-26 55-18 54Z";
// The limbs on the viewer's left; the other side is their mirror image.
const LIMBS = [
  "M-29 58Q-36 60-37 72L-35 150-34 188Q-33 196-29 196-26 196-26 188L-27 150-28 96Z",
  "M-25 188 0 194-2 250Q-3 270-5 290L-7 346-17 346-20 290Q-24 270-24 250Z",
  "M-17 344H-7L-5 372Q-5 378-11 378-19 378-19 370Z",
];

/** The figure seen from `view`, its head's top at (x, y). Decorative: the region choices carry the meaning. */
export function BodyFigure({ view, x, y }: { view: View; x: number; y: number }) {
  const limbs = LIMBS.map((d) => <path key={d} d={d} />);
  return (
    <g transform={`translate(${x} ${y})`} aria-hidden="true">
      <g className="fill-slate-100 stroke-slate-400" strokeWidth="1.5" strokeLinejoin="round">
        <circle cx="0" cy="24" r="20" />
        <rect x="-7" y="42" width="14" height="14" rx="4" />
        {limbs}
        <g transform="scale(-1 1)">{limbs}</g>
        <path d={TORSO} />
      </g>
      <g className="fill-none stroke-slate-300" strokeWidth="1.5" strokeLinecap="round">
        {view === "back" ? (
          <>
            <path d="M0 66V176" />
            <path d="M-22 190Q-12 197-2 193M22 190Q12 197 2 193" />
          </>
        ) : (
          <>
            <ellipse cx="-13" cy="286" rx="5" ry="6" />
            <ellipse cx="13" cy="286" rx="5" ry="6" />
          </>
        )}
      </g>
    </g>
  );
}
