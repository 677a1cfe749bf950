import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";

// `next build` lists, per server entry, the files the server needs at run time
// (*.nft.json), and a standalone build (the Docker image) copies exactly those. A
// file path the build cannot pin down makes it trace the whole project, with a long
// warning: every source file, the tests, and .data, where the patients' e-mails are
// written when no mail server is set. This reads the build the e2e run just made.
const distDir = path.resolve(process.env.STRIDE_DIST_DIR ?? ".next-e2e");
const NOT_RUN_BY_THE_SERVER = /^(\.data|app|e2e|scripts|test|prisma)\/|\.tsx?$/;

function traceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return traceFiles(full);
    return entry.name.endsWith(".nft.json") ? [full] : [];
  });
}

test("the server build traces no source files, tests or local data", () => {
  const traces = traceFiles(distDir);
  expect(traces.length).toBeGreaterThan(10);
  const extra = new Set<string>();
  for (const trace of traces) {
    const { files } = JSON.parse(readFileSync(trace, "utf8")) as { files: string[] };
    for (const file of files) {
      const relative = path.relative(process.cwd(), path.resolve(path.dirname(trace), file));
      if (relative.startsWith("node_modules/") || relative.startsWith("..")) continue;
      if (path.resolve(relative).startsWith(distDir)) continue;
      if (NOT_RUN_BY_THE_SERVER.test(relative)) extra.add(relative);
    }
  }
  expect([...extra].sort().slice(0, 20)).toEqual([]);
});
