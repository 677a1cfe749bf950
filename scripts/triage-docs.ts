import { writeFileSync } from "node:fs";
import path from "node:path";

import { renderTriageDocs } from "./lib/triage-docs";

// Usage: npm run docs:triage — rewrites docs/triage-rules.md from the definitions.
const file = path.resolve(import.meta.dirname, "../docs/triage-rules.md");
writeFileSync(file, renderTriageDocs());
console.log(`✔ wrote ${path.relative(process.cwd(), file)}`);
