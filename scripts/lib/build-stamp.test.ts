import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { currentBuildInputs, staleBuildReasons } from "./build-stamp";

const dirs: string[] = [];
function buildDir(stamp?: object): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "stride-build-"));
  dirs.push(dir);
  writeFileSync(path.join(dir, "BUILD_ID"), "test");
  if (stamp) writeFileSync(path.join(dir, "stride-build.json"), JSON.stringify(stamp));
  return dir;
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("npm start rebuilds when the build no longer fits", () => {
  const inputs = currentBuildInputs({ SITE_URL: "https://clinic.example" });

  it("keeps a build made from the same code for the same address", () => {
    expect(staleBuildReasons(buildDir(inputs), inputs)).toEqual([]);
  });

  it("rebuilds a build made for a test server's address", () => {
    const built = { ...inputs, siteUrl: "http://127.0.0.1:41234/" };
    expect(staleBuildReasons(buildDir(built), inputs)).toEqual([
      "the site address is now https://clinic.example/ (built for http://127.0.0.1:41234/)",
    ]);
  });

  it("rebuilds after the code changed, and when there is no build or no stamp", () => {
    expect(staleBuildReasons(buildDir({ ...inputs, commit: "0000000" }), inputs)).toEqual([
      "the code has changed since it was built",
    ]);
    expect(staleBuildReasons(path.join(os.tmpdir(), "no-such-build"), inputs)).toEqual([
      "there is no production build yet",
    ]);
    expect(staleBuildReasons(buildDir(), inputs)).toEqual(["the build does not say what it was built from"]);
  });
});
