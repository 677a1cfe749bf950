import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import type { APIRequestContext, APIResponse } from "@playwright/test";

// Every read of Next.js internals the authorization matrix needs, in one place:
// the build's manifests (which routes and server actions exist, and which page
// uses each action), how a server action is called by id, and how its reply,
// redirect and "not found" come back. None of it is public API: when a check here
// fails after a Next.js upgrade, fix this file, not the matrix.

/** Fails with a message that names the internal, so an upgrade's breakage is not mistaken for an authorization bug. */
function internalMissing(what: string, detail: string): never {
  throw new Error(
    `Next.js internal not found: ${what} (${detail}). A Next.js upgrade probably moved or changed it; ` +
      "update e2e/next-internals.ts to read it where this Next.js version keeps it.",
  );
}

function readManifest(dist: string, file: string, what: string): unknown {
  const full = path.join(dist, file);
  if (!existsSync(full)) internalMissing(what, `${full} does not exist`);
  return JSON.parse(readFileSync(full, "utf8"));
}

/** A route group such as (per-request) is not part of a URL. */
const withoutGroups = (route: string) => route.replace(/\/\([^)]+\)/g, "");

/** Every app route of the build (pages and route handlers), as "/staff/cases/[id]/page", route groups removed. */
export function buildRoutes(dist: string): string[] {
  const what = "the list of app routes, server/app-paths-manifest.json";
  const manifest = readManifest(dist, "server/app-paths-manifest.json", what);
  if (typeof manifest !== "object" || manifest === null || Object.keys(manifest).length === 0) {
    internalMissing(what, "no routes in it");
  }
  return Object.keys(manifest).map(withoutGroups);
}

export interface BuiltAction {
  /** The id the browser sends in the Next-Action header. */
  id: string;
  exportedName: string;
  /** The source file, as "app/staff/(per-request)/cases/[id]/actions.ts". */
  filename: string;
  /** A page that uses the action, as a URL pattern ("/staff/cases/[id]"), to post the call to. */
  page: string;
}

/** Every server action of the build, with the page to call it on. */
export function buildActions(dist: string): BuiltAction[] {
  const what = "the server actions, server/server-reference-manifest.json's node entries";
  const file = "server/server-reference-manifest.json";
  const manifest = readManifest(dist, file, what) as { node?: Record<string, unknown> };
  const entries = Object.entries(manifest.node ?? {});
  if (entries.length === 0) internalMissing(what, "no actions in it");
  return entries.map(([id, raw]) => {
    const entry = raw as { workers?: Record<string, unknown>; filename?: unknown; exportedName?: unknown };
    const worker = Object.keys(entry.workers ?? {})[0];
    if (typeof entry.filename !== "string" || typeof entry.exportedName !== "string" || !worker) {
      internalMissing(what, `action ${id} has no filename, exportedName or workers`);
    }
    const page = withoutGroups(worker.replace(/^app/, "").replace(/\/page$/, "")) || "/";
    return { id, exportedName: entry.exportedName, filename: entry.filename, page };
  });
}

/**
 * Whether a page was served prerendered: the same bytes for everyone, no data.
 * A stale copy (served while it is regenerated, e.g. when the build is older than
 * the page's revalidate time) carries the header twice, as "1, 1".
 */
export function isPrerendered(response: APIResponse): boolean {
  return (response.headers()["x-nextjs-prerender"] ?? "").split(",").some((value) => value.trim() === "1");
}

/** What a server action called by id came back with. */
export type ActionReply =
  | { kind: "redirect"; location: string }
  | { kind: "not found" }
  | { kind: "returned"; value: unknown }
  | { kind: "failed"; status: number; text: string };

/**
 * Calls a server action by id, the way the browser's runtime does, and decodes
 * its reply: a redirect (header), notFound() (status), or the returned value (the
 * reply's Flight rows: row 0 is { a: "$@<row>" }, the row holding the value).
 */
export async function callServerAction(
  context: APIRequestContext,
  page: string,
  id: string,
  args: unknown[],
): Promise<ActionReply> {
  const response = await context.post(page, {
    headers: { "Next-Action": id, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8" },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
  const location = response.headers()["x-action-redirect"] ?? response.headers().location;
  if (location) return { kind: "redirect", location: location.split(";")[0]! };
  const text = await response.text();
  if (response.status() === 404) return { kind: "not found" };
  if (response.status() !== 200) return { kind: "failed", status: response.status(), text: text.slice(0, 200) };
  return { kind: "returned", value: actionValue(text) };
}

function actionValue(text: string): unknown {
  const what = "a server action's returned value, row 0's \"a\" of its Flight reply";
  const rows = new Map<string, string>();
  for (const line of text.split("\n")) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match) rows.set(match[1]!, match[2]!);
  }
  let pointer: unknown;
  try {
    pointer = (JSON.parse(rows.get("0") ?? "null") as { a?: unknown } | null)?.a;
  } catch {
    pointer = undefined;
  }
  const row = typeof pointer === "string" ? /^\$@([0-9a-f]+)$/.exec(pointer)?.[1] : undefined;
  const value = row === undefined ? undefined : rows.get(row);
  if (value === undefined) internalMissing(what, `reply began ${JSON.stringify(text.slice(0, 120))}`);
  return JSON.parse(value);
}

/** The routes the build prerendered (○ and ● in its route table), as "/conditions" or "/conditions/[slug]". */
export function prerenderedRoutes(dist: string): Set<string> {
  const what = "the prerendered routes, prerender-manifest.json's routes and dynamicRoutes";
  const manifest = readManifest(dist, "prerender-manifest.json", what) as {
    routes?: Record<string, unknown>;
    dynamicRoutes?: Record<string, unknown>;
  };
  if (!manifest.routes || !manifest.dynamicRoutes) internalMissing(what, "no routes or dynamicRoutes in it");
  return new Set([...Object.keys(manifest.routes), ...Object.keys(manifest.dynamicRoutes)]);
}
