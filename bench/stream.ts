/**
 * Streaming throughput: chunks per second reading one pre-serialised 100 000-chunk chat SSE stream
 * from a loopback node:http server, for three clients in the same run, interleaved over several
 * rounds (medians reported):
 *
 * - floor: raw `fetch`, a minimal line splitter and `JSON.parse` (no SSE semantics, no tuples);
 * - openai: the official `openai` package (`chat.completions.create({ stream: true })`);
 * - openai-ex: `chatCompletion({ stream: true })` iterated with `for await`.
 *
 *   npx tsx bench/stream.ts [--rounds 9] [--chunks 100000] [--json]
 *
 * Goals: openai-ex ≥ 0.8× the floor and ≥ 1.5× the official SDK.
 */
import { pathToFileURL } from "node:url";
import OpenAI from "openai";
import { chatCompletion } from "../src/index";
import { countDataEvents } from "./clients/floorSse.mjs";
import { startBenchServer } from "./server";

const MESSAGES = [{ role: "user" as const, content: "Where was it played?" }];
const MODEL = "gpt-4o-mini";

/** The floor: raw fetch, split lines, `JSON.parse` every `data:` line. Returns the chunk count. */
export async function readFloor(url: string): Promise<number> {
  const response = await fetch(`${url}/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: "Bearer sk-bench" },
    body: JSON.stringify({ model: MODEL, messages: MESSAGES, stream: true }),
  });
  return countDataEvents(response.body as ReadableStream<Uint8Array> & AsyncIterable<Uint8Array>);
}

/** The official SDK. Returns the chunk count. */
export async function readOfficial(url: string): Promise<number> {
  const client = new OpenAI({ baseURL: url, apiKey: "sk-bench", maxRetries: 0 });
  const stream = await client.chat.completions.create({ model: MODEL, messages: MESSAGES, stream: true });
  let count = 0;
  for await (const _chunk of stream) count++;
  return count;
}

/** openai-ex. Returns the chunk count (throws on an error item, so a broken run cannot look fast). */
export async function readOpenaiEx(url: string): Promise<number> {
  const [status, stream] = await chatCompletion(
    { model: MODEL, messages: MESSAGES, stream: true },
    { apiUrl: url, apiKey: "sk-bench", httpOptions: { retry: 0 } },
  );
  if (status === "error") throw new Error(stream.message);
  let count = 0;
  for await (const [kind, item] of stream) {
    if (kind === "error") throw new Error(item.message);
    count++;
  }
  return count;
}

export const clients = { floor: readFloor, openai: readOfficial, "openai-ex": readOpenaiEx } as const;
export type ClientName = keyof typeof clients;

export interface StreamBenchReport {
  chunks: number;
  rounds: number;
  /** Median chunks per second per client. */
  chunksPerSecond: Record<ClientName, number>;
  /** openai-ex divided by the floor and by the official SDK (medians of the per-round ratios). */
  ratios: { vsFloor: number; vsOfficial: number };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** Runs every client `rounds` times, rotating the order each round, and reports medians. */
export async function runStreamBench(options: { chunks?: number; rounds?: number } = {}): Promise<StreamBenchReport> {
  const chunks = options.chunks ?? 100_000;
  const rounds = options.rounds ?? 9;
  const server = await startBenchServer({ chunks });
  const names = Object.keys(clients) as ClientName[];
  const samples: Record<ClientName, number[]> = { floor: [], openai: [], "openai-ex": [] };
  try {
    for (const name of names) await clients[name](server.url); // warm-up
    for (let round = 0; round < rounds; round++) {
      for (let turn = 0; turn < names.length; turn++) {
        const name = names[(round + turn) % names.length] as ClientName;
        const started = performance.now();
        const count = await clients[name](server.url);
        const seconds = (performance.now() - started) / 1000;
        if (count !== chunks) throw new Error(`${name} read ${count} chunks, expected ${chunks}`);
        samples[name].push(count / seconds);
      }
    }
  } finally {
    await server.close();
  }
  const chunksPerSecond = { floor: median(samples.floor), openai: median(samples.openai), "openai-ex": median(samples["openai-ex"]) };
  // Ratios are medians of per-round ratios: runs of the same round are seconds apart, so a load
  // spike from another process skews both sides of a ratio alike.
  const paired = (other: ClientName) => median(samples["openai-ex"].map((rate, round) => rate / (samples[other][round] as number)));
  return { chunks, rounds, chunksPerSecond, ratios: { vsFloor: paired("floor"), vsOfficial: paired("openai") } };
}

/** Prints a report as a small table. */
export function formatStreamBench(report: StreamBenchReport): string {
  const rows = Object.entries(report.chunksPerSecond).map(
    ([name, rate]) => `  ${name.padEnd(10)} ${Math.round(rate).toLocaleString("en-US").padStart(12)} chunks/s`,
  );
  const { vsFloor, vsOfficial } = report.ratios;
  return [
    `stream: ${report.chunks.toLocaleString("en-US")} chat chunks over loopback, median of ${report.rounds} interleaved rounds`,
    ...rows,
    `  ratios (medians of per-round ratios):`,
    `  openai-ex / floor  = ${vsFloor.toFixed(2)}x (goal ≥ 0.80x) ${vsFloor >= 0.8 ? "ok" : "MISSED"}`,
    `  openai-ex / openai = ${vsOfficial.toFixed(2)}x (goal ≥ 1.50x) ${vsOfficial >= 1.5 ? "ok" : "MISSED"}`,
  ].join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const argument = (name: string) => {
    const index = process.argv.indexOf(name);
    return index === -1 ? undefined : Number(process.argv[index + 1]);
  };
  const report = await runStreamBench({ chunks: argument("--chunks"), rounds: argument("--rounds") });
  console.log(process.argv.includes("--json") ? JSON.stringify(report, null, 2) : formatStreamBench(report));
}
