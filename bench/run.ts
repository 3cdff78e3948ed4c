/**
 * `npm run bench`: openai-ex against the floor (raw fetch + JSON.parse + a minimal SSE splitter)
 * and the official `openai` package, on a loopback server, in one run. Prints a markdown table and
 * writes it to bench/RESULTS.md.
 *
 *   npm run bench [-- --no-big] [--rounds 5] [--cold-runs 7]
 *
 * - request metrics: each client runs in a process of its own (bench/clients/worker.mjs, plain
 *   Node) so its peak RSS is its own; rounds are interleaved (the order rotates) and medians kept;
 * - stream: bench/stream.ts when present (all clients in one process, interleaved rounds), else the
 *   workers' own one-stream figures;
 * - openai-ex is imported from the built dist/index.mjs (built here when missing or older than src/);
 * - cold import and cold first call: fresh `node` processes, median;
 * - bundles: esbuild, minified, gzip -9 (bench/bundle-size.ts);
 * - big files: bench/upload-rss.ts and bench/download-rss.ts as child processes, when present;
 *   bench/batch-rss.ts (batchRun over 1 000 000 requests, mock server in a child of its own) likewise.
 */
import { spawn, spawnSync } from "node:child_process";
import { build } from "esbuild";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { measureBundle } from "./bundle-size";
import { startBenchServer } from "./server";

const root = resolve(import.meta.dirname, "..");
const argv = process.argv.slice(2);
const numberOption = (flag: string, fallback: number) => {
  const index = argv.indexOf(flag);
  const value = index === -1 ? Number.NaN : Number(argv[index + 1]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const ROUNDS = numberOption("--rounds", 5);
const COLD_RUNS = numberOption("--cold-runs", 7);
const CHUNKS = 100_000;
const CLIENTS = ["floor", "openai", "openai-ex"] as const;
type Client = (typeof CLIENTS)[number];
/** Reference clients (chat only): what DESIGN §4's per-call timeout controller and ofetch cost alone. */
const REFERENCES = ["fetch+timeout", "ofetch+timeout"] as const;
const WORKERS = [...CLIENTS, ...REFERENCES] as const;
type Worker = (typeof WORKERS)[number];

const median = (values: number[]): number => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/** Runs a command, resolving with its stdout (rejects on a non-zero exit or after `timeoutMs`). */
function run(command: string, args: string[], timeoutMs = 180_000): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let errors = "";
    child.stdout.on("data", (part: Buffer) => (out += part));
    child.stderr.on("data", (part: Buffer) => (errors += part));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code === 0) done(out);
      else fail(Object.assign(new Error(`${args.at(-2) ?? command} exited with ${code}: ${errors.trim().split("\n").slice(-2).join(" | ")}`), { stdout: out }));
    });
  });
}

const lastJson = (text: string): Record<string, unknown> => {
  const trimmed = text.trim();
  try {
    return JSON.parse(trimmed);
  } catch {
    return JSON.parse(
      trimmed
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .pop() ?? "{}",
    );
  }
};

/** dist/index.mjs, rebuilt when missing or older than any file under src/. */
async function ensureDist(): Promise<{ module: string; note: string }> {
  const dist = resolve(root, "dist/index.mjs");
  const newest = (dir: string): number =>
    Math.max(
      0,
      ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
        const path = resolve(dir, entry.name);
        return entry.isDirectory() ? newest(path) : statSync(path).mtimeMs;
      }),
    );
  if (existsSync(dist) && statSync(dist).mtimeMs >= newest(resolve(root, "src"))) return { module: dist, note: "dist/index.mjs (up to date)" };
  const build = spawnSync("npm", ["run", "build"], { cwd: root, encoding: "utf8" });
  if (build.status === 0 && existsSync(dist)) return { module: dist, note: "dist/index.mjs (rebuilt by the bench)" };
  // The build can fail while the tree is mid-edit: bundle src/ with esbuild instead (dependencies stay external).
  const { build: esbuild } = await import("esbuild");
  const out = resolve(root, "node_modules/.cache/openai-ex-bench/index.mjs");
  await esbuild({
    entryPoints: [resolve(root, "src/index.ts")],
    bundle: true,
    format: "esm",
    platform: "node",
    packages: "external",
    outfile: out,
    logLevel: "silent",
  });
  return { module: out, note: "src/ bundled by esbuild (npm run build failed)" };
}

interface WorkerReport {
  sequentialUs: number;
  requestsPerSecond: number;
  chunksPerSecond: number;
  maxRssMB: number;
}

async function requestMetrics(url: string, module: string): Promise<Record<Worker, WorkerReport>> {
  const samples = Object.fromEntries(WORKERS.map((client) => [client, [] as WorkerReport[]])) as Record<Worker, WorkerReport[]>;
  for (let round = 0; round < ROUNDS; round++) {
    for (let turn = 0; turn < WORKERS.length; turn++) {
      const client = WORKERS[(round + turn) % WORKERS.length] as Worker;
      const out = await run(process.execPath, [resolve(root, "bench/clients/worker.mjs"), client, url, pathToFileURL(module).href, "--chunks", String(CHUNKS)]);
      samples[client].push(lastJson(out) as unknown as WorkerReport);
      process.stderr.write(".");
    }
  }
  const result = {} as Record<Worker, WorkerReport>;
  for (const client of WORKERS) {
    const list = samples[client];
    result[client] = {
      sequentialUs: median(list.map((item) => item.sequentialUs)),
      requestsPerSecond: median(list.map((item) => item.requestsPerSecond)),
      chunksPerSecond: median(list.map((item) => item.chunksPerSecond)),
      maxRssMB: median(list.map((item) => item.maxRssMB)),
    };
  }
  return result;
}

async function streamMetrics(fallback: Record<Client, WorkerReport>): Promise<{ rates: Record<Client, number>; source: string }> {
  const script = resolve(root, "bench/stream.ts");
  if (existsSync(script)) {
    try {
      const report = lastJson(
        await run(process.execPath, ["--import", "tsx", script, "--json", "--rounds", String(Math.max(ROUNDS, 3)), "--chunks", String(CHUNKS)]),
      ) as {
        chunksPerSecond: Record<Client, number>;
      };
      return { rates: report.chunksPerSecond, source: `bench/stream.ts (one process, ${Math.max(ROUNDS, 3)} interleaved rounds, median)` };
    } catch (error) {
      process.stderr.write(`\nbench/stream.ts failed (${(error as Error).message}); using the workers' figures\n`);
    }
  }
  return {
    rates: { floor: fallback.floor.chunksPerSecond, openai: fallback.openai.chunksPerSecond, "openai-ex": fallback["openai-ex"].chunksPerSecond },
    source: `bench/clients/worker.mjs (one stream per worker, median of ${ROUNDS})`,
  };
}

/** Median ms of `import()` in fresh processes, and of import + one chat call. */
async function coldMetrics(url: string, module: string): Promise<{ importMs: Record<"openai" | "openai-ex", number>; firstCallMs: Record<Client, number> }> {
  const moduleUrl = pathToFileURL(module).href;
  const importCode = (specifier: string) => `const t=performance.now();await import(${JSON.stringify(specifier)});console.log(performance.now()-t)`;
  const body = JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: "Hi" }] });
  const callCode: Record<Client, string> = {
    floor: `const t=performance.now();const r=await fetch(${JSON.stringify(`${url}/chat/completions`)},{method:"POST",headers:{"content-type":"application/json",authorization:"Bearer sk-bench"},body:${JSON.stringify(body)}});JSON.parse(await r.text());console.log(performance.now()-t)`,
    openai: `const t=performance.now();const {default:OpenAI}=await import("openai");await new OpenAI({baseURL:${JSON.stringify(url)},apiKey:"sk-bench"}).chat.completions.create(${body});console.log(performance.now()-t)`,
    "openai-ex": `const t=performance.now();const {chatCompletion}=await import(${JSON.stringify(moduleUrl)});const [s,d]=await chatCompletion(${body},{apiUrl:${JSON.stringify(url)},apiKey:"sk-bench"});if(s!=="ok")throw new Error(d.message);console.log(performance.now()-t)`,
  };
  const imports: Record<"openai" | "openai-ex", number[]> = { openai: [], "openai-ex": [] };
  const calls: Record<Client, number[]> = { floor: [], openai: [], "openai-ex": [] };
  const node = (code: string) => run(process.execPath, ["--input-type=module", "-e", code]).then(Number);
  for (let index = 0; index < COLD_RUNS; index++) {
    imports["openai-ex"].push(await node(importCode(moduleUrl)));
    imports.openai.push(await node(importCode("openai")));
    for (const client of CLIENTS) calls[client].push(await node(callCode[client]));
    process.stderr.write(".");
  }
  return {
    importMs: { openai: median(imports.openai), "openai-ex": median(imports["openai-ex"]) },
    firstCallMs: { floor: median(calls.floor), openai: median(calls.openai), "openai-ex": median(calls["openai-ex"]) },
  };
}

async function bundleMetrics() {
  const ours = `import { chatCompletion } from "openai-ex"; globalThis.run = chatCompletion;`;
  const mandated = `import { ofetch } from "ofetch"; import { createParser } from "eventsource-parser"; globalThis.run = [ofetch, createParser];`;
  const official = `import OpenAI from "openai"; globalThis.run = (params) => new OpenAI({ apiKey: "x", dangerouslyAllowBrowser: true }).chat.completions.create(params);`;
  const safely = async (source: string, platform: "browser" | "node") => {
    try {
      return { ...(await measureBundle(source, platform)), ok: true };
    } catch (error) {
      return { platform, bytes: Number.NaN, gzip: Number.NaN, nodeImports: [] as string[], hasMimeTable: false, ok: false, error: (error as Error).message };
    }
  };
  return {
    ours: { browser: await safely(ours, "browser"), node: await safely(ours, "node") },
    mandated: await safely(mandated, "browser"),
    official: { browser: await safely(official, "browser"), node: await safely(official, "node") },
  };
}

/**
 * Bundles a bench script to plain JavaScript (dependencies stay external) so it runs on bare
 * `node`: under tsx the loader alone adds ~37 MB of RSS, which would be charged to the SDK.
 */
async function compiled(script: string): Promise<string> {
  const outfile = resolve(root, ".bench-tmp", `${basename(script, ".ts")}.mjs`);
  await build({ entryPoints: [script], outfile, bundle: true, platform: "node", format: "esm", packages: "external", logLevel: "silent" });
  return outfile;
}

async function bigFileMetrics(): Promise<{ name: string; peakMB?: number; note: string }[]> {
  const results: { name: string; peakMB?: number; note: string }[] = [];
  for (const name of ["upload-rss", "download-rss", "batch-rss"]) {
    const script = resolve(root, `bench/${name}.ts`);
    if (argv.includes("--no-big")) {
      results.push({ name, note: "skipped (--no-big)" });
      continue;
    }
    if (!existsSync(script)) {
      results.push({ name, note: `skipped (bench/${name}.ts absent)` });
      continue;
    }
    try {
      // The scripts exit non-zero when they miss their goal; their JSON line still holds the figures.
      // batch-rss pushes 1 000 000 requests through the mock Batch API: minutes, not seconds.
      const output = await run(process.execPath, [await compiled(script), "--json"], name === "batch-rss" ? 1_200_000 : 240_000).catch(
        (error: Error & { stdout?: string }) => {
          if (error.stdout?.includes("{")) return error.stdout;
          throw error;
        },
      );
      const report = lastJson(output);
      const peaks = [report.peakRssSampledMB, report.maxRssMB, report.peakRssMB].filter((value): value is number => typeof value === "number");
      const size = name === "batch-rss" ? `${Number(report.requests).toLocaleString("en-US")} requests${report.inOrder ? " in input order" : ""}` : "1 GiB";
      results.push({
        name,
        peakMB: Math.max(...peaks),
        note: `${size}, ${report.status ?? (report.ok === undefined ? "?" : report.ok ? "ok" : "error")}${report.seconds ? ` in ${report.seconds} s` : ""}`,
      });
    } catch (error) {
      results.push({ name, note: `failed: ${(error as Error).message.slice(0, 160)}` });
    }
    process.stderr.write(".");
  }
  return results;
}

const kb = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : "n/a");
const fixed = (value: number, digits = 0) =>
  Number.isFinite(value) ? value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits }) : "n/a";
const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}x` : "n/a");
const verdict = (met: boolean | undefined) => (met === undefined ? "n/a" : met ? "**met**" : "**missed**");

async function main(): Promise<void> {
  const started = performance.now();
  process.stderr.write("openai-ex bench: building / checking dist… ");
  const { module, note } = await ensureDist();
  const server = await startBenchServer({ chunks: CHUNKS });
  let requests: Record<Worker, WorkerReport>;
  let cold: Awaited<ReturnType<typeof coldMetrics>>;
  try {
    process.stderr.write("\nrequests (worker processes) ");
    requests = await requestMetrics(server.url, module);
    process.stderr.write("\ncold start ");
    cold = await coldMetrics(server.url, module);
  } finally {
    await server.close();
  }
  process.stderr.write("\nstream ");
  const stream = await streamMetrics(requests);
  process.stderr.write("\nbundles ");
  const bundles = await bundleMetrics();
  process.stderr.write("\nbig files ");
  const big = await bigFileMetrics();
  const seconds = (performance.now() - started) / 1000;

  const { floor, openai } = requests;
  const ex = requests["openai-ex"];
  const seqRatio = ex.sequentialUs / floor.sequentialUs;
  const rpsRatio = ex.requestsPerSecond / floor.requestsPerSecond;
  const streamFloor = stream.rates["openai-ex"] / stream.rates.floor;
  const streamOfficial = stream.rates["openai-ex"] / stream.rates.openai;
  const rssDelta = ex.maxRssMB - floor.maxRssMB;
  const browser = bundles.ours.browser;

  const rows: string[][] = [
    [
      "2 000 sequential chat calls, mean µs/call",
      fixed(floor.sequentialUs),
      fixed(openai.sequentialUs),
      fixed(ex.sequentialUs),
      `${ratio(seqRatio)} floor, ${ratio(ex.sequentialUs / openai.sequentialUs)} openai`,
      "≤ 1.10x floor",
      verdict(seqRatio <= 1.1),
    ],
    [
      "200 concurrent x 10 rounds, requests/s",
      fixed(floor.requestsPerSecond),
      fixed(openai.requestsPerSecond),
      fixed(ex.requestsPerSecond),
      `${ratio(rpsRatio)} floor, ${ratio(ex.requestsPerSecond / openai.requestsPerSecond)} openai`,
      "≥ 0.95x floor",
      verdict(rpsRatio >= 0.95),
    ],
    [
      "one 100 000-chunk stream, chunks/s",
      fixed(stream.rates.floor),
      fixed(stream.rates.openai),
      fixed(stream.rates["openai-ex"]),
      `${ratio(streamFloor)} floor, ${ratio(streamOfficial)} openai`,
      "≥ 0.8x floor, ≥ 1.5x openai",
      verdict(streamFloor >= 0.8 && streamOfficial >= 1.5),
    ],
    [
      "peak RSS of the worker process, MB",
      fixed(floor.maxRssMB, 1),
      fixed(openai.maxRssMB, 1),
      fixed(ex.maxRssMB, 1),
      `${rssDelta >= 0 ? "+" : ""}${fixed(rssDelta, 1)} MB vs floor`,
      "≤ floor + 10 MB",
      verdict(rssDelta <= 10),
    ],
    [
      "bundle `import { chatCompletion }`, browser, gzip -9",
      "—",
      kb(bundles.official.browser.gzip),
      kb(browser.gzip),
      `${ratio(browser.gzip / bundles.official.browser.gzip)} openai; node: imports: ${browser.nodeImports.length ? browser.nodeImports.join(" ") : "none"}`,
      "≤ 8 KB, builds, no node: import",
      verdict(browser.ok && browser.gzip <= 8192 && browser.nodeImports.length === 0),
    ],
    [
      "bundle `import { chatCompletion }`, node, gzip -9",
      "—",
      kb(bundles.official.node.gzip),
      kb(bundles.ours.node.gzip),
      ratio(bundles.ours.node.gzip / bundles.official.node.gzip) + " openai",
      "report only",
      "—",
    ],
    [
      "cold `import()` in a fresh process, median ms",
      "—",
      fixed(cold.importMs.openai, 1),
      fixed(cold.importMs["openai-ex"], 1),
      `${ratio(cold.importMs["openai-ex"] / cold.importMs.openai)} openai`,
      "≤ 15 ms",
      verdict(cold.importMs["openai-ex"] <= 15),
    ],
    [
      "cold first call (import + 1 chat call), median ms",
      fixed(cold.firstCallMs.floor, 1),
      fixed(cold.firstCallMs.openai, 1),
      fixed(cold.firstCallMs["openai-ex"], 1),
      `${ratio(cold.firstCallMs["openai-ex"] / cold.firstCallMs.openai)} openai`,
      "< openai",
      verdict(cold.firstCallMs["openai-ex"] < cold.firstCallMs.openai),
    ],
    ...big.map((item) => {
      const goal = item.name === "batch-rss" ? 200 : 150;
      const label =
        item.name === "batch-rss"
          ? "`batchRun` of 1 000 000 small chat requests (mock Batch API), peak RSS MB"
          : `${item.name === "upload-rss" ? "upload" : "download"} of a 1 GiB file, peak RSS MB`;
      return [
        label,
        "—",
        "—",
        item.peakMB === undefined ? item.note : fixed(item.peakMB, 1),
        item.peakMB === undefined ? "" : item.note,
        `< ${goal} MB`,
        item.peakMB === undefined ? "n/a" : verdict(item.peakMB < goal),
      ];
    }),
  ];
  const withTimeout = requests["fetch+timeout"];
  const withOfetch = requests["ofetch+timeout"];
  const reference = [
    "| client (chat only) | sequential µs/call | vs floor | concurrent req/s | vs floor |",
    "|---|---:|---|---:|---|",
    ...(
      [
        ["floor: fetch + JSON.parse", floor],
        ["fetch + one AbortController and timeout timer per call (DESIGN §4)", withTimeout],
        ["the same sent through ofetch as the SDK does (DESIGN §4)", withOfetch],
        ["openai-ex", ex],
      ] as const
    ).map(
      ([label, report]) =>
        `| ${label} | ${fixed(report.sequentialUs)} | ${ratio(report.sequentialUs / floor.sequentialUs)} | ${fixed(report.requestsPerSecond)} | ${ratio(report.requestsPerSecond / floor.requestsPerSecond)} |`,
    ),
    `| bundle: ofetch + eventsource-parser alone, browser, gzip -9 | ${kb(bundles.mandated.gzip)} | ${kb(8192 - bundles.mandated.gzip)} left of the 8 KB goal for all of openai-ex | | |`,
  ].join("\n");
  const table = [
    "| metric | floor (fetch) | openai | openai-ex | ratio | goal | |",
    "|---|---:|---:|---:|---|---|---|",
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");
  const markdown = [
    "# openai-ex benchmark",
    "",
    `Node ${process.version} on ${process.platform}/${process.arch}, ${(await import("node:os")).cpus().length} CPUs; ${new Date().toISOString().slice(0, 10)}; openai ${(await import("openai/version.mjs").catch(() => ({ VERSION: "?" }))).VERSION}; run took ${seconds.toFixed(0)} s.`,
    "",
    table,
    "",
    "What the mandated parts cost on their own (reference clients in the same rounds; the per-call controller carries the timeout and the caller's signal, DESIGN §4):",
    "",
    reference,
    "",
    `- openai-ex was loaded from ${note}.`,
    `- Request rows: each client in its own \`node\` process (bench/clients/worker.mjs), ${ROUNDS} interleaved rounds, medians; 200 warm-up calls first. Peak RSS is the worker's \`maxRSS\` over its whole run (warm-up, 2 000 sequential calls, 2 000 concurrent calls and one 100 000-chunk stream).`,
    `- Stream row: ${stream.source}.`,
    `- Cold rows: ${COLD_RUNS} fresh processes each, time measured inside the process around \`import()\` (and the first call).`,
    `- Load average at the end of the run: ${(await import("node:os"))
      .loadavg()
      .map((value) => value.toFixed(1))
      .join(" ")} on ${(await import("node:os")).cpus().length} CPUs (other processes on the machine skew wall-clock figures).`,
    "- Server: bench/server.ts on 127.0.0.1 in the bench's own process, bodies serialised once up front.",
    "",
  ].join("\n");
  writeFileSync(resolve(root, "bench/RESULTS.md"), markdown);
  process.stderr.write("\n");
  console.log(markdown);
}

await main();
