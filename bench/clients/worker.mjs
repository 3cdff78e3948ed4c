/**
 * One benchmark client in a process of its own (plain Node, no loader, so every client's RSS is
 * measured alike). Usage:
 *
 *   node bench/clients/worker.mjs <client> <baseUrl> [openai-ex module] [--sequential N] [--concurrency C] [--rounds R] [--chunks K]
 *
 * Clients: `floor`, `openai`, `openai-ex`, and two references that show what DESIGN §4's mandated
 * parts cost on their own (chat only, no stream): `fetch+timeout` is the floor plus one
 * AbortController and timeout timer per call; `ofetch+timeout` also sends through ofetch as the
 * SDK does (raw, retry 0, ignoreResponseError, responseType "stream", redirect "manual").
 *
 * Prints one JSON line: mean µs per sequential call, requests per second under concurrency,
 * chunks per second for one stream, and the process's peak RSS.
 */
import { countDataEvents } from "./floorSse.mjs";

const [name, url, modulePath] = process.argv.slice(2);
const option = (flag, fallback) => {
  const index = process.argv.indexOf(flag);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const SEQUENTIAL = option("--sequential", 2000);
const CONCURRENCY = option("--concurrency", 200);
const ROUNDS = option("--rounds", 10);
const CHUNKS = option("--chunks", 100_000);
const MODEL = "gpt-4o-mini";
const MESSAGES = [{ role: "user", content: "Who won the world series in 2020?" }];
const KEY = "sk-bench-0123456789";

/** Each client: `chat()` resolves with the parsed completion, `stream()` with the chunk count. */
async function makeClient() {
  if (name === "floor") {
    const headers = { "content-type": "application/json", accept: "application/json", authorization: `Bearer ${KEY}` };
    return {
      async chat() {
        const response = await fetch(`${url}/chat/completions`, { method: "POST", headers, body: JSON.stringify({ model: MODEL, messages: MESSAGES }) });
        return JSON.parse(await response.text());
      },
      async stream() {
        const response = await fetch(`${url}/chat/completions`, {
          method: "POST",
          headers,
          body: JSON.stringify({ model: MODEL, messages: MESSAGES, stream: true }),
        });
        return countDataEvents(response.body);
      },
    };
  }
  if (name === "fetch+timeout" || name === "ofetch+timeout") {
    const headers = { accept: "application/json", "user-agent": "openai-ex/bench", authorization: `Bearer ${KEY}`, "content-type": "application/json" };
    const { ofetch } = await import("ofetch");
    const send =
      name === "fetch+timeout"
        ? (init) => fetch(`${url}/chat/completions`, init)
        : (init) => ofetch.raw(`${url}/chat/completions`, { ...init, retry: 0, ignoreResponseError: true, responseType: "stream" });
    return {
      async chat() {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), 600_000);
        try {
          const response = await send({
            method: "POST",
            headers,
            redirect: "manual",
            signal: controller.signal,
            body: JSON.stringify({ model: MODEL, messages: MESSAGES }),
          });
          return JSON.parse(await response.text());
        } finally {
          clearTimeout(timer);
        }
      },
    };
  }
  if (name === "openai") {
    const { default: OpenAI } = await import("openai");
    const client = new OpenAI({ baseURL: url, apiKey: KEY });
    return {
      chat: () => client.chat.completions.create({ model: MODEL, messages: MESSAGES }),
      async stream() {
        let count = 0;
        for await (const _chunk of await client.chat.completions.create({ model: MODEL, messages: MESSAGES, stream: true })) count++;
        return count;
      },
    };
  }
  const { chatCompletion, setConfig } = await import(modulePath);
  setConfig({ apiUrl: url, apiKey: KEY });
  return {
    async chat() {
      const [status, data] = await chatCompletion({ model: MODEL, messages: MESSAGES });
      if (status === "error") throw new Error(data.message);
      return data;
    },
    async stream() {
      const [status, stream] = await chatCompletion({ model: MODEL, messages: MESSAGES, stream: true });
      if (status === "error") throw new Error(stream.message);
      let count = 0;
      for await (const [kind, item] of stream) {
        if (kind === "error") throw new Error(item.message);
        count++;
      }
      return count;
    },
  };
}

const check = (completion) => {
  if (typeof completion?.choices?.[0]?.message?.content !== "string") throw new Error(`${name}: bad completion`);
};

const client = await makeClient();
for (let index = 0; index < 200; index++) check(await client.chat()); // warm-up: JIT, sockets
await Promise.all(Array.from({ length: CONCURRENCY }, () => client.chat()));

let started = performance.now();
for (let index = 0; index < SEQUENTIAL; index++) check(await client.chat());
const sequentialUs = ((performance.now() - started) * 1000) / SEQUENTIAL;

started = performance.now();
for (let round = 0; round < ROUNDS; round++) (await Promise.all(Array.from({ length: CONCURRENCY }, () => client.chat()))).forEach(check);
const requestsPerSecond = (CONCURRENCY * ROUNDS) / ((performance.now() - started) / 1000);

let chunksPerSecond = null;
if (client.stream) {
  started = performance.now();
  const chunks = await client.stream();
  chunksPerSecond = chunks / ((performance.now() - started) / 1000);
  if (chunks !== CHUNKS) throw new Error(`${name}: read ${chunks} chunks, expected ${CHUNKS}`);
}

console.log(JSON.stringify({ name, sequentialUs, requestsPerSecond, chunksPerSecond, maxRssMB: (process.resourceUsage().maxRSS * 1024) / 1e6 }));
