import "server-only";

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import matter from "gray-matter";

import { conditionFrontMatter, type ConditionFrontMatter } from "./condition-schema";

export interface Condition extends ConditionFrontMatter {
  /** Markdown body: the page's explanatory text, starting at level-2 headings. */
  body: string;
}

/** A content file that cannot be published; the message names the file and the field. */
export class ContentError extends Error {
  name = "ContentError";
}

export const CONDITIONS_DIR = path.join(process.cwd(), "content", "conditions");

// YAML turns unquoted dates into Date objects; the schema works with ISO strings.
function normaliseDates(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(normaliseDates);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normaliseDates(v)]));
  }
  return value;
}

export function parseConditionFile(file: string, source: string): Condition {
  const { data, content } = matter(source);
  const result = conditionFrontMatter.safeParse(normaliseDates(data));
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `front matter field "${issue.path.join(".") || "(root)"}": ${issue.message}`,
    );
    throw new ContentError(`${file}: ${problems.join("; ")}`);
  }
  const expectedSlug = path.basename(file, ".md");
  if (result.data.slug !== expectedSlug) {
    throw new ContentError(`${file}: front matter field "slug": must match the file name ("${expectedSlug}")`);
  }
  if (/^# /m.test(content)) {
    throw new ContentError(`${file}: body: start headings at "##"; the page title is the only level-1 heading`);
  }
  return { ...result.data, body: content.trim() };
}

/** Checks links between pages: every related slug exists and no page relates to itself. */
function checkRelated(conditions: Condition[], dir: string) {
  const slugs = new Set(conditions.map((c) => c.slug));
  for (const condition of conditions) {
    const file = path.join(path.relative(process.cwd(), dir), `${condition.slug}.md`);
    for (const [index, related] of condition.related.entries()) {
      if (!slugs.has(related) || related === condition.slug) {
        throw new ContentError(
          `${file}: front matter field "related.${index}": no other condition page is called "${related}"`,
        );
      }
    }
  }
}

const cache = new Map<string, Condition[]>();

/** Every condition page, sorted by title. Throws ContentError on the first bad file. */
export function loadConditions(dir: string = CONDITIONS_DIR): Condition[] {
  const cached = cache.get(dir);
  if (cached) return cached;
  // Content ships with the app (next.config.ts traces content/); the ignore
  // comments stop the bundler from tracing the whole project for these calls.
  const files = readdirSync(/*turbopackIgnore: true*/ dir)
    .filter((name) => name.endsWith(".md"))
    .sort();
  const conditions = files.map((name) =>
    parseConditionFile(
      path.join(path.relative(process.cwd(), dir), name),
      readFileSync(path.join(/*turbopackIgnore: true*/ dir, name), "utf8"),
    ),
  );
  checkRelated(conditions, dir);
  conditions.sort((a, b) => a.title.localeCompare(b.title, "en-GB"));
  cache.set(dir, conditions);
  return conditions;
}

export function getCondition(slug: string): Condition | undefined {
  return loadConditions().find((condition) => condition.slug === slug);
}
