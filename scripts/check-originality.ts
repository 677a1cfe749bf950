import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// Usage: tsx scripts/check-originality.ts <source.txt> [min-words]
// Lists every run of min-words (default 6) consecutive words that a condition
// page shares with a source text, so reused phrasing can be rewritten.
const [source, minWords = "6"] = process.argv.slice(2);
if (!source) {
  console.error("usage: tsx scripts/check-originality.ts <source.txt> [min-words]");
  process.exit(2);
}
const n = Number(minWords);
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’']/g, "")
    .match(/[a-z0-9]+/g) ?? [];
const grams = (list: string[]) =>
  new Set(list.slice(0, Math.max(0, list.length - n + 1)).map((_, i) => list.slice(i, i + n).join(" ")));

const sourceGrams = grams(words(readFileSync(source, "utf8")));
const dir = path.resolve("content/conditions");
let shared = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith(".md"))) {
  const hits = [...grams(words(readFileSync(path.join(dir, file), "utf8")))].filter((g) => sourceGrams.has(g));
  shared += hits.length;
  console.log(`${file}: ${hits.length} shared ${n}-word runs${hits.length ? `: ${hits.join(" | ")}` : ""}`);
}
console.log(`${shared} shared ${n}-word runs in total`);
