import { readFileSync } from "node:fs";

import { describeProblems, runTriageInput } from "./lib/triage-input";

// Usage: npm run --silent triage -- <file.json>
// The file holds { "answers": {…}, "submittedAt": "ISO 8601", "timeZone": "Europe/London" }
// (submittedAt defaults to now, timeZone to CLINIC_TIME_ZONE, else Europe/London) or an array of them.
// Prints the triage result (or array of results, same order) as JSON. Exit 2 on any
// invalid entry, an unreadable file or bad JSON, with the reason on stderr.

function fail(lines: string[]): void {
  process.stderr.write(`${lines.join("\n")}\n`);
  process.exitCode = 2;
}

function main(): void {
  const [file, ...rest] = process.argv.slice(2);
  if (!file || rest.length > 0) return fail(["✖ usage: npm run --silent triage -- <file.json>"]);

  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail([
      `✖ Cannot read ${file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : (error as Error).message}`,
    ]);
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return fail([`✖ ${file} is not valid JSON: ${(error as Error).message.split("\n")[0]}`]);
  }

  const run = runTriageInput(input);
  if (!run.ok) return fail(describeProblems(run.problems));
  process.stdout.write(`${JSON.stringify(run.output, null, 2)}\n`);
}

main();
