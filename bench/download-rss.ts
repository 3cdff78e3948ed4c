/**
 * Peak RSS while downloading a 1 GiB file with `filesDownload`. A local node:http server (in a
 * child process) generates the body block by block (never held in memory) and honours
 * back-pressure, so only the client's memory is in play.
 *
 *   npx tsx bench/download-rss.ts [--size-mib 1024] [--json]
 *
 * Goal: peak RSS under 150 MB (the body must be streamed to disk, never buffered whole).
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { filesDownload } from "../src/index";

const MIB = 1024 * 1024;
const GOAL_BYTES = 150 * 1000 * 1000;

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index === -1 ? Number.NaN : Number(process.argv[index + 1]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const sizeMib = argument("--size-mib", 1024);
const total = sizeMib * MIB;
// The server runs in a child process (its own node:http server generating the body 1 MiB block
// by block, waiting for "drain"), so its socket buffers do not count in the client's RSS.
const serverSource = `
const { createServer } = require("node:http");
const block = Buffer.alloc(${MIB});
for (let i = 0; i < block.length; i++) block[i] = (i * 31 + 7) & 0xff;
const server = createServer((req, res) => {
  res.writeHead(200, { "content-type": "application/octet-stream", "content-length": String(${total}) });
  let sent = 0;
  const pump = () => {
    while (sent < ${sizeMib}) { sent++; if (!res.write(block)) return void res.once("drain", pump); }
    res.end();
  };
  req.resume();
  pump();
});
server.listen(0, "127.0.0.1", () => process.stdout.write(server.address().port + "\\n"));
`;
const child = spawn(process.execPath, ["-e", serverSource], { stdio: ["ignore", "pipe", "inherit"] });
const port = await new Promise<number>((resolve, reject) => {
  child.stdout.once("data", (data: Buffer) => resolve(Number(String(data).trim())));
  child.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
});

const dir = await mkdtemp(join(tmpdir(), "openai-ex-download-"));
const baseline = process.memoryUsage().rss;
let peak = baseline;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 50);

const started = performance.now();
const result = await filesDownload("file-big", join(dir, "big.bin"), { apiUrl: `http://127.0.0.1:${port}/v1`, apiKey: "sk-bench" });
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
const maxRss = process.resourceUsage().maxRSS * 1024; // reported in KiB

let onDisk = -1;
if (result[0] === "ok") onDisk = (await stat(result[1].path)).size;
await rm(dir, { recursive: true, force: true });
child.kill();

const report = {
  sizeMib,
  ok: result[0] === "ok",
  bytes: result[0] === "ok" ? result[1].bytes : undefined,
  sizeVerified: onDisk === total && result[0] === "ok" && result[1].bytes === total,
  error: result[0] === "error" ? result[1].message : undefined,
  seconds: Number(seconds.toFixed(2)),
  mibPerSecond: Number((sizeMib / seconds).toFixed(1)),
  baselineRssMB: Number((baseline / 1e6).toFixed(1)),
  peakRssMB: Number((peak / 1e6).toFixed(1)),
  maxRssMB: Number((maxRss / 1e6).toFixed(1)),
  goalMB: GOAL_BYTES / 1e6,
};
if (process.argv.includes("--json")) console.log(JSON.stringify(report));
else {
  console.log(
    `filesDownload of ${sizeMib} MiB: ${report.ok ? "ok" : `error (${report.error})`}, size ${report.sizeVerified ? "verified" : "WRONG"} (${onDisk} bytes on disk)`,
  );
  console.log(`time ${report.seconds} s (${report.mibPerSecond} MiB/s)`);
  console.log(
    `RSS before: ${report.baselineRssMB} MB; peak RSS sampled every 50 ms: ${report.peakRssMB} MB; process maxRSS: ${report.maxRssMB} MB (goal < ${report.goalMB} MB)`,
  );
}
process.exitCode = report.sizeVerified && Math.max(peak, maxRss) < GOAL_BYTES ? 0 : 1;
