/** Preloaded into a measured process (node -r): prints its peak resident memory on exit. */
// @ts-nocheck

process.on("exit", () => {
  process.stderr.write(`\nACHV_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
