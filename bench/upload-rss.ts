/**
 * Peak RSS while uploading a 1 GiB file from a path with `filesUpload`. The script starts its own
 * node:http server that discards the body (counting its bytes); it runs in a child process so the
 * measured RSS is the uploader's alone (the server's own garbage buffers would otherwise count).
 * Note that `tsx` alone puts the baseline near 90 MB (plain node: ~40 MB).
 *
 *   npx tsx bench/upload-rss.ts [--size-mib 1024] [--redirect-error] [--json]
 *
 * Goal: peak RSS under 150 MB (the file must be streamed from disk, never held in memory).
 *
 * Why `--redirect-error`: undici's fetch clones (tees) the request body unless the request's
 * redirect mode is "error", so with "manual" or "follow" the whole multipart body stays in memory
 * until the upload ends (1 GiB file: ~1.2 GB RSS). The flag passes a custom fetch that sends
 * uploads with `redirect: "error"`, which is what the transport must do for FormData bodies.
 */
import { spawn } from "node:child_process";
import { mkdtemp, open, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { filesUpload } from "../src/index";

const MIB = 1024 * 1024;
const SERVER_SOURCE = `
const http = require("node:http");
const server = http.createServer((req, res) => {
  let received = 0;
  req.on("data", (chunk) => { received += chunk.length; });
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ id: "file-bench", object: "file", bytes: received, created_at: 0, filename: "big.jsonl", purpose: "batch", status: "uploaded" }));
  });
});
server.listen(0, "127.0.0.1", () => process.stdout.write(server.address().port + "\\n"));
`;
const GOAL_BYTES = 150 * 1000 * 1000;

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index === -1 ? Number.NaN : Number(process.argv[index + 1]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Writes `mib` MiB of non-zero bytes in 1 MiB blocks (sparse files would flatter the read path). */
async function makeFile(path: string, mib: number): Promise<void> {
  const block = Buffer.alloc(MIB);
  for (let index = 0; index < block.length; index++) block[index] = (index * 31 + 7) & 0xff;
  const handle = await open(path, "w");
  try {
    for (let written = 0; written < mib; written++) await handle.write(block);
  } finally {
    await handle.close();
  }
}

async function main(): Promise<void> {
  const mib = argument("--size-mib", 1024);
  const dir = await mkdtemp(join(tmpdir(), "openai-ex-upload-rss-"));
  const path = join(dir, "big.jsonl");
  await makeFile(path, mib);

  // The discarding server, in a child process: answers with the byte count it received.
  const server = spawn(process.execPath, ["-e", SERVER_SOURCE], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<number>((resolve, reject) => {
    server.once("error", reject);
    server.stdout?.once("data", (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
  });

  if (global.gc) global.gc();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const started = performance.now();
  const redirectError = process.argv.includes("--redirect-error");
  const fetchWithoutBodyClone: typeof fetch = (input, init) => fetch(input, { ...init, redirect: "error" });
  const httpOptions = { retry: 0, ...(redirectError ? { fetch: fetchWithoutBodyClone } : {}) };
  const result = await filesUpload(path, { purpose: "batch" }, { apiUrl: `http://127.0.0.1:${port}/v1`, apiKey: "sk-bench", httpOptions });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const maxRss = process.resourceUsage().maxRSS * 1024; // reported in KiB

  server.kill();
  await rm(dir, { recursive: true, force: true });

  const report = {
    fileBytes: mib * MIB,
    bodyBytesReceived: result[0] === "ok" ? result[1].bytes : 0,
    status: result[0],
    error: result[0] === "error" ? result[1].message : undefined,
    seconds: Number(seconds.toFixed(2)),
    baselineRssMB: Number((baseline / 1e6).toFixed(1)),
    peakRssSampledMB: Number((peak / 1e6).toFixed(1)),
    maxRssMB: Number((maxRss / 1e6).toFixed(1)),
    goalMB: GOAL_BYTES / 1e6,
    redirect: redirectError ? "error (custom fetch)" : "transport default",
  };
  if (process.argv.includes("--json")) console.log(JSON.stringify(report));
  else {
    console.log(`redirect mode: ${report.redirect}`);
    console.log(
      `uploaded ${report.fileBytes} B file (${report.bodyBytesReceived} B multipart body) in ${report.seconds} s: ${report.status}${report.error ? ` (${report.error})` : ""}`,
    );
    console.log(
      `RSS baseline ${report.baselineRssMB} MB, peak sampled every 50 ms ${report.peakRssSampledMB} MB, process maxRSS ${report.maxRssMB} MB (goal < ${report.goalMB} MB)`,
    );
  }
  if (result[0] !== "ok" || Math.max(peak, maxRss) >= GOAL_BYTES) process.exitCode = 1;
}

await main();
