/**
 * True while `next build` prerenders pages. A build may run where no database
 * is reachable (a Docker image build): pages then start empty and fill on
 * their first refresh. At run time a failed read must throw instead, so that
 * Next.js keeps serving the last good copy of the page.
 */
export function isBuildPhase(): boolean {
  return process.env.NEXT_PHASE === "phase-production-build";
}
