/**
 * Peak RSS and wall time of `batchRun` over 1 000 000 small chat requests, against the mock
 * server's Batch API (uploads kept, batches run, output files built from the input lines). The
 * mock server runs in a child process (this same script with `--serve`) so the measured RSS is
 * the client's alone: sharding, uploads, polling, downloads and reading 1 000 000 results back
 * in input order.
 *
 *   npx tsx bench/batch-rss.ts [--requests 1000000] [--json]
 *
 * Goal: peak RSS under 200 MB.
 */
import { spawn } from "node:child_process";
import { batchRun } from "../src/index";
import { startMockServer } from "../src/testing/index";

const GOAL_MB = 200;

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index === -1 ? Number.NaN : Number(process.argv[index + 1]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

async function serve(): Promise<void> {
  // Uploads of 50 000 small requests are ~8 MB: kept whole (the batch routes need their lines).
  const server = await startMockServer({ maxRecordedBody: 256 * 1024 * 1024 });
  // The recorded requests (every upload's body among them) are not needed: drop them as they come.
  setInterval(() => server.requests.splice(0), 1_000).unref();
  process.stdout.write(`${server.url}\n`);
}

function* requests(count: number): Generator<{ model: string; messages: Array<{ role: string; content: string }> }> {
  for (let position = 1; position <= count; position++) yield { model: "gpt-4o-mini", messages: [{ role: "user", content: `Say ${position}` }] };
}

async function main(): Promise<void> {
  const count = argument("--requests", 1_000_000);
  const child = spawn(process.execPath, [...process.execArgv, process.argv[1] as string, "--serve"], { stdio: ["ignore", "pipe", "inherit"] });
  const url = await new Promise<string>((resolve, reject) => {
    child.once("error", reject);
    child.stdout?.once("data", (chunk: Buffer) => resolve(chunk.toString().trim()));
  });
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  let ok = 0;
  let errors = 0;
  let inOrder = true;
  let stopped: string | undefined;
  let position = 0;
  const options = { endpoint: "/v1/chat/completions", pollInterval: 5, maxPollInterval: 50 } as const;
  for await (const [status, item] of batchRun(requests(count), options, { apiUrl: url, apiKey: "sk-bench" })) {
    position++;
    if (item.custom_id !== `request-${position}`) inOrder = false;
    if (status === "ok") ok++;
    else if (item.custom_id) errors++;
    else stopped = item.message;
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  child.kill();
  const maxRssMB = (process.resourceUsage().maxRSS * 1024) / 1e6;
  const report = {
    requests: count,
    ok,
    errors,
    inOrder,
    status: stopped ? `stopped: ${stopped}` : ok === count ? "ok" : "incomplete",
    seconds: Number(seconds.toFixed(1)),
    peakRssSampledMB: Number((peak / 1e6).toFixed(1)),
    maxRssMB: Number(maxRssMB.toFixed(1)),
    goalMB: GOAL_MB,
  };
  if (process.argv.includes("--json")) console.log(JSON.stringify(report));
  else
    console.log(
      `${report.ok}/${count} ok, ${errors} errors, in order: ${inOrder}, ${report.seconds} s; peak RSS sampled ${report.peakRssSampledMB} MB, maxRSS ${report.maxRssMB} MB (goal < ${GOAL_MB} MB)`,
    );
  if (report.status !== "ok" || !inOrder || maxRssMB >= GOAL_MB) process.exitCode = 1;
}

if (process.argv.includes("--serve")) await serve();
else await main();
