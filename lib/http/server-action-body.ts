// What a server action called from this app's own pages sends: its arguments as one
// JSON array (React's encodeReply makes a string of plain values; none of Stride's
// actions takes a file). Next.js answers a body it cannot decode, or a reference to
// a part that was never sent, with a 500 and a stack in the log, so the proxy checks
// the shape first and refuses anything else with a 400.

// The "$" codes encodeReply writes for plain values: an escaped "$", undefined,
// special numbers, a Date ("$D…") and a BigInt ("$n…"). Every other code points at
// another part of a multipart reply, which a JSON-only action never has.
const PLAIN_CODE = /^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|n-?\d+$)/;

function plain(value: unknown, depth: number): boolean {
  if (depth > 32) return false;
  if (typeof value === "string") return !value.startsWith("$") || PLAIN_CODE.test(value);
  if (Array.isArray(value)) return value.every((item) => plain(item, depth + 1));
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).every(([key, item]) => !key.startsWith("$") && plain(item, depth + 1));
  }
  return true;
}

/** True for a body a server action of this app could have been sent: a JSON array of plain values. */
export function isPlainActionBody(text: string): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return false;
  }
  return Array.isArray(parsed) && plain(parsed, 0);
}
