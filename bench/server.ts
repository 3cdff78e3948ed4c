/**
 * The benchmark's own loopback server (node:http on 127.0.0.1): every response is serialised once,
 * up front, so the server costs the same for every client.
 *
 * - `POST /v1/chat/completions` answers a chat completion (the seed README example), or, when the
 *   JSON body has `"stream":true`, an SSE stream of `chunks` chat chunks ending with `[DONE]`;
 * - anything else answers 404 with an OpenAI error body.
 *
 * It can run in-process (`startBenchServer`) or as a child process (`tsx bench/server.ts`), which
 * prints `{"url": …}` on its first line and stops when its stdin closes.
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const WORDS = ["The", " 2020", " World", " Series", " was", " played", " at", " Globe", " Life", " Field", " in", " Arlington", ",", " Texas", "."];

/** The chat completion body every non-stream call receives (compact JSON, as servers send it). */
export function chatCompletionBody(): Buffer {
  const fixture = readFileSync(resolve(import.meta.dirname, "../fixtures/chat_completion.json"), "utf8");
  return Buffer.from(JSON.stringify(JSON.parse(fixture)));
}

/** An SSE body of `count` chat chunks (role first, `finish_reason: "stop"` last), then `[DONE]`. */
export function chatStreamBody(count: number): Buffer {
  const head = `{"id":"chatcmpl-bench","object":"chat.completion.chunk","created":1722000000,"model":"gpt-4o-mini-2024-07-18","system_fingerprint":"fp_bench","choices":[{"index":0,"delta":`;
  const parts: string[] = [];
  for (let index = 0; index < count; index++) {
    const delta = index === 0 ? `{"role":"assistant","content":""}` : `{"content":${JSON.stringify(WORDS[index % WORDS.length])}}`;
    parts.push(`data: ${head}${delta},"logprobs":null,"finish_reason":${index === count - 1 ? `"stop"` : "null"}}]}\n\n`);
  }
  parts.push("data: [DONE]\n\n");
  return Buffer.from(parts.join(""));
}

export interface BenchServer {
  /** Base URL including `/v1`. */
  url: string;
  close(): Promise<void>;
}

/** Starts the server; `chunks` is the length of the SSE stream it serves. */
export async function startBenchServer(options: { chunks?: number } = {}): Promise<BenchServer> {
  const completion = chatCompletionBody();
  const stream = chatStreamBody(options.chunks ?? 100_000);
  const notFound = Buffer.from(JSON.stringify({ error: { message: "Unknown route", type: "invalid_request_error", param: null, code: null } }));
  const jsonHeaders = { "content-type": "application/json", "x-request-id": "req_bench", "openai-processing-ms": "1" };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const parts: Buffer[] = [];
    req.on("data", (part: Buffer) => parts.push(part));
    req.on("end", () => {
      if (req.method !== "POST" || req.url?.split("?")[0] !== "/v1/chat/completions") {
        res.writeHead(404, { ...jsonHeaders, "content-length": notFound.length });
        res.end(notFound);
      } else if (Buffer.concat(parts).includes('"stream":true')) {
        res.writeHead(200, { "content-type": "text/event-stream", "x-request-id": "req_bench", "content-length": stream.length });
        res.end(stream);
      } else {
        res.writeHead(200, { ...jsonHeaders, "content-length": completion.length });
        res.end(completion);
      }
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", 1024, done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const index = process.argv.indexOf("--chunks");
  const server = await startBenchServer({ chunks: index === -1 ? undefined : Number(process.argv[index + 1]) });
  console.log(JSON.stringify({ url: server.url }));
  process.stdin.resume();
  process.stdin.on("end", () => void server.close().then(() => process.exit(0)));
}
