import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  chatCompletion,
  collectCompletion,
  completions,
  type ChatCompletionChunk,
  type Completion,
  type EventStream,
  type NamedEvent,
  type StreamItem,
} from "../../src/index";
import { requestEventStream } from "../../src/_internal/stream";
import { createParser } from "eventsource-parser";
import { sseDecoder } from "../../src/_internal/sse";
import { useMockServer } from "../_helpers/mock";

const mock = useMockServer();
const ROUTE = "POST /chat/completions";
const params = { model: "gpt-3.5-turbo", messages: [{ role: "user" as const, content: "Hi" }], stream: true as const };
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), "utf8");

async function items<T>(stream: EventStream<T>): Promise<Array<StreamItem<T>>> {
  const seen: Array<StreamItem<T>> = [];
  for await (const item of stream) seen.push(item);
  return seen;
}

async function chatItems(config = mock.config()): Promise<Array<StreamItem<ChatCompletionChunk>>> {
  const [status, stream] = await chatCompletion(params, config);
  if (status === "error") throw new Error(stream.message);
  return items(stream);
}

// One frame with 2-, 3- and 4-byte UTF-8 characters, CRLF line ends and a comment.
const FRAME = ': ping\r\ndata: {"choices":[{"index":0,"delta":{"content":"é 中 🌍"},"finish_reason":null}]}\r\n\r\n';
const FRAME_BYTES = new TextEncoder().encode(FRAME);
const FRAME_ITEM = ["ok", { choices: [{ index: 0, delta: { content: "é 中 🌍" }, finish_reason: null }] }];

describe("frames split at any byte", () => {
  it("the decoder yields the same event for every split offset (in-process)", () => {
    for (let offset = 0; offset <= FRAME_BYTES.length; offset++) {
      const data: string[] = [];
      const push = sseDecoder(createParser, (event) => data.push(event.data));
      push(FRAME_BYTES.subarray(0, offset));
      push(FRAME_BYTES.subarray(offset));
      expect(data, `split at byte ${offset}`).toEqual(['{"choices":[{"index":0,"delta":{"content":"é 中 🌍"},"finish_reason":null}]}']);
    }
    const bytewise: string[] = [];
    const push = sseDecoder(createParser, (event) => bytewise.push(event.data));
    for (const byte of FRAME_BYTES) push(Uint8Array.of(byte));
    expect(bytewise).toHaveLength(1);
  });

  it("the client yields the same item for the frame replayed over HTTP split at every byte offset", async () => {
    // The mock server writes each chunk separately (chunkDelay lets them arrive as separate reads).
    for (let offset = 1; offset < FRAME_BYTES.length; offset++) {
      const chunks = [FRAME_BYTES.subarray(0, offset), FRAME_BYTES.subarray(offset), new TextEncoder().encode("data: [DONE]\n\n")];
      mock.server.on(ROUTE, { sse: chunks as unknown as string[], chunkDelay: 1 }, 1);
      expect(await chatItems(), `split at byte ${offset}`).toEqual([FRAME_ITEM]);
    }
    // and split inside every multi-byte character at once, one byte per write
    const bytes = Array.from(FRAME_BYTES, (byte) => Uint8Array.of(byte));
    mock.server.on(ROUTE, { sse: bytes as unknown as string[] }, 1);
    expect(await chatItems()).toEqual([FRAME_ITEM]);
  });
});

describe("volume", () => {
  it("a 100 000-chunk stream is counted exactly, in order", async () => {
    const total = 100_000;
    const writes: string[] = [];
    for (let start = 0; start < total; start += 1000) {
      let block = "";
      for (let index = start; index < start + 1000; index++)
        block += `data: {"id":"c","choices":[{"index":0,"delta":{"content":"${index}"},"finish_reason":null}]}\n\n`;
      writes.push(block);
    }
    writes.push("data: [DONE]\n\n");
    mock.server.on(ROUTE, { sse: writes });
    const [status, stream] = await chatCompletion(params, mock.config());
    expect(status).toBe("ok");
    let count = 0;
    let inOrder = true;
    for await (const [kind, chunk] of stream as EventStream<ChatCompletionChunk>) {
      if (kind === "error") throw new Error(chunk.message);
      if (chunk.choices[0]?.delta.content !== String(count)) inOrder = false;
      count++;
    }
    expect(count).toBe(total);
    expect(inOrder).toBe(true);
  });
});

describe("named events (the assistants family)", () => {
  it("yields { event, data }; the done event ends the stream and is not yielded", async () => {
    mock.server.on("POST /threads/runs", { sse: fixture("assistant_stream.sse") });
    const [status, stream] = await requestEventStream<NamedEvent>(
      { method: "POST", path: "/threads/runs", params: { assistant_id: "asst_123", stream: true }, config: mock.config(), beta: "assistants" },
      "named",
    );
    expect(status).toBe("ok");
    const seen = await items(stream as EventStream<NamedEvent>);
    expect(seen.map(([, item]) => (item as NamedEvent).event)).toEqual([
      "thread.created",
      "thread.run.created",
      "thread.message.delta",
      "thread.message.delta",
      "thread.run.completed",
    ]);
    expect(seen[2]).toEqual([
      "ok",
      {
        event: "thread.message.delta",
        data: { id: "msg_123", object: "thread.message.delta", delta: { content: [{ index: 0, type: "text", text: { value: "Hello" } }] } },
      },
    ]);
    expect(mock.server.lastRequest()?.headers["openai-beta"]).toBe("assistants=v2");
  });

  it("an error event in a named stream is a final api error item", async () => {
    mock.server.on("POST /threads/runs", {
      sse: 'event: thread.run.created\ndata: {"id":"run_1"}\n\nevent: error\ndata: {"message":"Run failed","type":"server_error"}\n\n',
    });
    const [, stream] = await requestEventStream<NamedEvent>({ method: "POST", path: "/threads/runs", params: {}, config: mock.config() }, "named");
    const seen = await items(stream as EventStream<NamedEvent>);
    expect(seen).toEqual([
      ["ok", { event: "thread.run.created", data: { id: "run_1" } }],
      ["error", expect.objectContaining({ kind: "api", status: 200, error: { message: "Run failed", type: "server_error" } })],
    ]);
  });

  it("toReadableStream keeps the event names", async () => {
    mock.server.on("POST /threads/runs", { sse: fixture("assistant_stream.sse") });
    const [, stream] = await requestEventStream<NamedEvent>({ method: "POST", path: "/threads/runs", params: {}, config: mock.config() }, "named");
    const text = await new Response((stream as EventStream<NamedEvent>).toReadableStream()).text();
    expect(text.startsWith("event: thread.created\ndata: {")).toBe(true);
    expect(text.endsWith("event: done\ndata: [DONE]\n\n")).toBe(true);
  });
});

describe("completions({ stream: true }) and collectCompletion", () => {
  it("streams text completion chunks and folds them with usage", async () => {
    mock.server.on("POST /completions", { sse: fixture("completion_stream.sse") });
    const [status, stream] = await completions(
      { model: "gpt-3.5-turbo-instruct", prompt: "Say this is a test", stream: true, stream_options: { include_usage: true } },
      mock.config(),
    );
    expect(status).toBe("ok");
    expect(mock.server.lastRequest()).toMatchObject({ method: "POST", path: "/completions", json: { stream: true } });
    const [folded, completion] = await collectCompletion(stream as EventStream<Completion>);
    expect(folded).toBe("ok");
    expect(completion).toEqual({
      id: "cmpl-uqkvlQyYK7bGYrRHQ0eXlWi7",
      object: "text_completion",
      created: 1589478378,
      model: "gpt-3.5-turbo-instruct",
      choices: [{ index: 0, text: "\n\nThis is indeed a test", logprobs: null, finish_reason: "length" }],
      usage: { prompt_tokens: 5, completion_tokens: 7, total_tokens: 12 },
    });
  });

  it("a stream that breaks is collectCompletion's error tuple", async () => {
    mock.server.on("POST /completions", { sse: fixture("completion_stream.sse").split(/(?<=\n\n)/), drop: "mid-body", chunkDelay: 2 });
    const [, stream] = await completions({ model: "gpt-3.5-turbo-instruct", prompt: "x", stream: true }, mock.config());
    expect(await collectCompletion(stream as EventStream<Completion>)).toMatchObject(["error", { kind: "network" }]);
  });
});
