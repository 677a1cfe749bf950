import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

import { siteUrl } from "../../lib/clinic/site-url";
import { SetupError } from "./database-url";
import { runNext } from "./next-process";

/**
 * What `next build` bakes into a build. When any of these differ from the
 * current settings, `npm start` rebuilds instead of serving stale addresses.
 */
export interface BuildInputs {
  commit: string;
  siteUrl: string;
  output: string;
}

export function currentBuildInputs(env: Record<string, string | undefined>): BuildInputs {
  return {
    commit: sourceVersion(),
    siteUrl: siteUrl(env).toString(),
    output: env.NEXT_OUTPUT_STANDALONE === "1" ? "standalone" : "server",
  };
}

const stampFile = (distDir: string) => path.resolve(distDir, "stride-build.json");

function writeBuildStamp(distDir: string, inputs: BuildInputs): void {
  writeFileSync(stampFile(distDir), JSON.stringify(inputs, null, 2));
}

/**
 * `next build` into distDir, then a note of what it was built from. `fresh`
 * starts from an empty folder: Next.js keeps its data cache between builds, and
 * a build for a new, throwaway database (tests, benchmarks) must not serve
 * rows cached from the last one.
 */
export async function buildProduction(
  distDir: string,
  env: NodeJS.ProcessEnv,
  options: { fresh?: boolean } = {},
): Promise<void> {
  if (options.fresh) rmSync(distDir, { recursive: true, force: true });
  // A fresh build's folder is thrown away after its run, so Turbopack's cache (12 s to write) would never be read.
  const buildEnv = { ...env, STRIDE_DIST_DIR: distDir, ...(options.fresh && { STRIDE_BUILD_CACHE: "off" }) };
  if ((await runNext(["build"], buildEnv)) !== 0) throw new SetupError("`next build` failed; see the output above.");
  writeBuildStamp(distDir, currentBuildInputs(buildEnv));
}

/** Why the build in distDir no longer fits, in words; empty when it fits. */
export function staleBuildReasons(distDir: string, inputs: BuildInputs): string[] {
  if (!existsSync(path.resolve(distDir, "BUILD_ID"))) return ["there is no production build yet"];
  let built: Partial<BuildInputs> = {};
  try {
    built = JSON.parse(readFileSync(stampFile(distDir), "utf8")) as Partial<BuildInputs>;
  } catch {
    return ["the build does not say what it was built from"];
  }
  const reasons: string[] = [];
  if (built.commit !== inputs.commit) reasons.push("the code has changed since it was built");
  if (built.siteUrl !== inputs.siteUrl)
    reasons.push(`the site address is now ${inputs.siteUrl} (built for ${built.siteUrl})`);
  if (built.output !== inputs.output) reasons.push(`the output kind is now ${inputs.output}`);
  return reasons;
}

/** The git commit, plus a hash of uncommitted changes; "unknown" outside a git checkout (a Docker image). */
function sourceVersion(): string {
  try {
    const git = (...args: string[]) =>
      execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    const commit = git("rev-parse", "HEAD").trim();
    const changes = git("diff", "HEAD", "--", ".", ":(exclude).data");
    return changes ? `${commit}+${createHash("sha256").update(changes).digest("hex").slice(0, 12)}` : commit;
  } catch {
    return "unknown";
  }
}
