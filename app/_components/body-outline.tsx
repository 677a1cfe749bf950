/** The front-view figure behind both body pictures (condition library, questionnaire). Decorative. */
export function BodyOutline() {
  return (
    <g fill="#e2e8f0" stroke="#94a3b8" strokeWidth="2" aria-hidden="true">
      <circle cx="90" cy="36" r="24" />
      <path d="M62 68h56l12 104-11 2-7-62v72H68v-72l-7 62-11-2 12-104Z" />
      <path d="M67 182h22l-2 112-3 104H68l-1-104-3-112Z" />
      <path d="M91 182h22l3 112-1 104H99l-3-104-5-112Z" />
      <path d="M68 398h16l2 14H58l10-14ZM99 398h16l10 14H97l2-14Z" />
    </g>
  );
}
