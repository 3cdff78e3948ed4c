import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { getEventListeners } from "node:events";
import { describe, expect, it, vi } from "vitest";
import { chatCompletion, collectChatCompletion, type ChatCompletionChunk, type EventStream, type StreamItem } from "../../src/index";
import chatFixture from "../../fixtures/chat_completion.json";
import { TEST_KEY, useMockServer } from "../_helpers/mock";

const mock = useMockServer();
const ROUTE = "POST /chat/completions";
const messages = [{ role: "user" as const, content: "Who won the world series in 2020?" }];
const params = { model: "gpt-3.5-turbo", messages, stream: true as const };
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), "utf8");

/** Every item of a stream, in order. */
async function items<T>(stream: EventStream<T>): Promise<Array<StreamItem<T>>> {
  const seen: Array<StreamItem<T>> = [];
  for await (const item of stream) seen.push(item);
  return seen;
}

/** Opens a chat stream against the mock server (the test fails if the call itself fails). */
async function open(extra: Parameters<typeof mock.config>[0] = {}): Promise<EventStream<ChatCompletionChunk>> {
  const [status, stream] = await chatCompletion(params, mock.config(extra));
  if (status === "error") throw new Error(`unexpected error tuple: ${stream.message}`);
  return stream;
}

const contents = (seen: Array<StreamItem<ChatCompletionChunk>>) => seen.map(([, chunk]) => (chunk as ChatCompletionChunk).choices[0]?.delta.content ?? null);
const BASIC_CONTENT = [null, "The", " World", " Series", " in", " 2020", null];

describe("chatCompletion({ stream: true })", () => {
  it("streams the default mock route word by word and sends stream: true", async () => {
    const [status, stream, meta] = await chatCompletion(params, mock.config());
    expect(status).toBe("ok");
    expect(meta).toMatchObject({ status: 200, headers: { "content-type": "text/event-stream" } });
    expect(meta?.requestId).toMatch(/^req_mock_/);
    expect((stream as EventStream<ChatCompletionChunk>).meta).toBe(meta);
    const seen = await items(stream as EventStream<ChatCompletionChunk>);
    expect(seen.every(([kind]) => kind === "ok")).toBe(true);
    const text = seen.map(([, chunk]) => (chunk as ChatCompletionChunk).choices[0]?.delta.content ?? "").join("");
    expect(text).toBe(chatFixture.choices[0]?.message.content);
    expect((seen[0]?.[1] as ChatCompletionChunk | undefined)?.choices[0]?.delta.role).toBe("assistant");
    expect((seen.at(-1)?.[1] as ChatCompletionChunk | undefined)?.choices[0]?.finish_reason).toBe("stop");
    const seenRequest = mock.server.lastRequest();
    expect(seenRequest).toMatchObject({ method: "POST", path: "/chat/completions", json: params });
    expect(seenRequest?.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
    expect(seenRequest?.headers["content-type"]).toBe("application/json");
  });

  it("without stream (or stream: false) returns the JSON completion", async () => {
    expect(await chatCompletion({ model: "gpt-3.5-turbo", messages }, mock.config())).toEqual(["ok", chatFixture, expect.anything()]);
    expect(await chatCompletion({ model: "gpt-3.5-turbo", messages, stream: false }, mock.config())).toEqual(["ok", chatFixture, expect.anything()]);
  });

  it("a non-2xx is an ordinary error tuple, its body read as text", async () => {
    const [status, error] = await chatCompletion({ ...params, model: "gpt-nope" }, mock.config());
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "api", status: 404, error: { code: "model_not_found" } });
    mock.server.on(ROUTE, { status: 502, headers: { "content-type": "text/html" }, body: "<html>Bad gateway</html>" });
    const [, gateway] = await chatCompletion(params, mock.config({ httpOptions: { retry: 0 } }));
    expect(gateway).toMatchObject({ kind: "http", status: 502, body: "<html>Bad gateway</html>" });
  });

  it("a failure before any request is an error tuple, never a throw", async () => {
    expect(await chatCompletion(null as never, mock.config())).toMatchObject(["error", { kind: "argument" }]);
    expect(await chatCompletion(params, { apiKey: "" })).toMatchObject(["error", { kind: "config" }]);
    expect(mock.server.requests).toHaveLength(0);
  });
});

describe("SSE parsing", () => {
  it("parses the raw fixture: role, content, finish_reason, and [DONE] is not yielded", async () => {
    mock.server.on(ROUTE, { sse: fixture("chat_stream.sse") });
    const seen = await items(await open());
    expect(seen).toHaveLength(7);
    expect(contents(seen)).toEqual(BASIC_CONTENT);
    expect(seen[0]).toEqual(["ok", JSON.parse(fixture("chat_stream.sse").split("\n")[0]!.slice(6))]);
  });

  it.each(["chat_stream_crlf.sse", "chat_stream_cr.sse"])("parses %s like LF", async (name) => {
    mock.server.on(ROUTE, { sse: fixture(name) });
    const seen = await items(await open());
    expect(seen).toEqual(
      await (async () => {
        mock.server.on(ROUTE, { sse: fixture("chat_stream.sse") });
        return items(await open());
      })(),
    );
  });

  it("skips comments, retry and id fields; joins multi-line data; keeps multi-byte characters", async () => {
    mock.server.on(ROUTE, { sse: fixture("chat_stream_comments.sse") });
    const seen = await items(await open());
    expect(contents(seen)).toEqual(["Olá ", "mundo 🌍 — 中文", null]);
    expect(seen.every(([kind]) => kind === "ok")).toBe(true);
  });

  it("events sent one write at a time (with a delay) parse the same", async () => {
    const events = fixture("chat_stream.sse").split(/(?<=\n\n)/);
    mock.server.on(ROUTE, { sse: events, chunkDelay: 2 });
    expect(contents(await items(await open()))).toEqual(BASIC_CONTENT);
  });

  it("an error event ends the stream with an api error item; later events are ignored", async () => {
    mock.server.on(ROUTE, { sse: fixture("chat_stream_error_event.sse") });
    const seen = await items(await open());
    expect(seen).toHaveLength(3);
    expect(contents(seen.slice(0, 2))).toEqual([null, "Hi"]);
    expect(seen[2]).toEqual([
      "error",
      expect.objectContaining({
        kind: "api",
        status: 200,
        error: { message: "The server had an error while processing your request.", type: "server_error", param: null, code: null },
        requestId: expect.stringMatching(/^req_mock_/),
      }),
    ]);
  });

  it("an { error } payload ends the stream with an api error item", async () => {
    mock.server.on(ROUTE, { sse: fixture("chat_stream_error_payload.sse") });
    const seen = await items(await open());
    expect(seen).toHaveLength(2);
    expect(seen[1]).toMatchObject(["error", { kind: "api", status: 200, error: { code: "rate_limit_exceeded" } }]);
    expect(seen[1]?.[1]).toHaveProperty("message", expect.stringContaining("Rate limit reached for gpt-4o-mini"));
  });

  it("an error event with plain-text data is still an api error item", async () => {
    mock.server.on(ROUTE, { sse: "event: error\ndata: upstream overloaded\n\n" });
    expect(await items(await open())).toEqual([["error", expect.objectContaining({ kind: "api", status: 200, error: { message: "upstream overloaded" } })]]);
  });

  it("malformed JSON ends the stream with a parse error item carrying the data", async () => {
    mock.server.on(ROUTE, { sse: fixture("chat_stream_malformed.sse") });
    const seen = await items(await open());
    expect(seen).toHaveLength(2);
    expect(seen[1]).toEqual([
      "error",
      {
        kind: "parse",
        body: '{"id":"chatcmpl-7AL","choices":[{"index":0,"delta":{"content":"oops"',
        message: expect.stringContaining("POST /chat/completions"),
      },
    ]);
  });

  it("never echoes the API key in a parse error", async () => {
    mock.server.on(ROUTE, { sse: `data: {"echo": "${TEST_KEY}"\n\n` });
    const seen = await items(await open());
    expect(JSON.stringify(seen)).not.toContain(TEST_KEY);
    expect(seen[0]).toMatchObject(["error", { kind: "parse", body: '{"echo": "[redacted]"' }]);
  });

  it("a stream whose body ends without [DONE] simply ends", async () => {
    mock.server.on(ROUTE, { sse: fixture("chat_stream.sse").replace("data: [DONE]\n\n", "") });
    expect(contents(await items(await open()))).toEqual(BASIC_CONTENT);
  });
});

describe("keep-alive events", () => {
  it("an event with empty data (a keep-alive) is skipped, not a parse error", async () => {
    const events = fixture("chat_stream.sse").split(/(?<=\n\n)/);
    mock.server.on(ROUTE, { sse: ["data:\n\n", "event: ping\ndata:\n\n", ...events.slice(0, 2), "data:\n\n", ...events.slice(2)] });
    const seen = await items(await open());
    // Exactly the chunks of the fixture, in order: nothing for the keep-alives.
    const chunks = events.filter((event) => event.startsWith("data: {")).map((event) => ["ok", JSON.parse(event.slice(6))]);
    expect(chunks).toHaveLength(BASIC_CONTENT.length);
    expect(seen).toEqual(chunks);
  });
});

describe("stream failures", () => {
  it("a connection dropped mid-stream ends with a network error item", async () => {
    const events = fixture("chat_stream.sse").split(/(?<=\n\n)/);
    mock.server.on(ROUTE, { sse: events, drop: "mid-body", chunkDelay: 5 });
    const seen = await items(await open());
    const last = seen.at(-1);
    expect(last).toMatchObject(["error", { kind: "network" }]);
    expect(seen.slice(0, -1).every(([kind]) => kind === "ok")).toBe(true);
    expect(seen.filter(([kind]) => kind === "error")).toHaveLength(1);
    // Retries stop at the first byte: the broken stream is not requested again (the default retry is 2).
    expect(mock.server.requests).toHaveLength(1);
  });

  it("no event within streamIdleTimeout ends with a timeout error item", async () => {
    const first = fixture("chat_stream.sse")
      .split(/(?<=\n\n)/)
      .slice(0, 2);
    mock.server.on(ROUTE, { sse: first, hang: true });
    const seen = await items(await open({ httpOptions: { streamIdleTimeout: 200 } }));
    expect(contents(seen.slice(0, 2))).toEqual([null, "The"]);
    expect(seen[2]).toEqual(["error", { kind: "timeout", timeout: 200, message: expect.stringContaining("stream idle") }]);
    expect(seen).toHaveLength(3);
  });

  it("the caller's signal ends the stream with an aborted item and leaves no listener behind", async () => {
    const controller = new AbortController();
    mock.server.on(ROUTE, {
      sse: fixture("chat_stream.sse")
        .split(/(?<=\n\n)/)
        .slice(0, 2),
      hang: true,
    });
    const stream = await open({ httpOptions: { signal: controller.signal } });
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(1);
    const seen: Array<StreamItem<ChatCompletionChunk>> = [];
    for await (const item of stream) {
      seen.push(item);
      if (seen.length === 1) controller.abort();
    }
    expect(seen).toHaveLength(2);
    expect(seen[1]).toEqual(["error", { kind: "aborted", message: expect.stringContaining("aborted") }]);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  it("stream.abort() during an iteration ends it: no further item, no error item", async () => {
    mock.server.on(ROUTE, {
      sse: fixture("chat_stream.sse")
        .split(/(?<=\n\n)/)
        .slice(0, 2),
      hang: true,
    });
    const stream = await open();
    const seen: Array<StreamItem<ChatCompletionChunk>> = [];
    for await (const item of stream) {
      seen.push(item);
      stream.abort();
    }
    expect(seen).toEqual([["ok", JSON.parse(fixture("chat_stream.sse").split("\n")[0]!.slice(6))]]);
  });

  const tenChunks = () =>
    Array.from({ length: 10 }, (_, index) => `data: ${JSON.stringify({ id: `c${index + 1}`, object: "chat.completion.chunk", choices: [] })}\n\n`);

  it("abort() after chunk 3 of 10 yields exactly those 3 items, then done, and releases the connection", async () => {
    mock.server.on(ROUTE, { sse: [...tenChunks(), "data: [DONE]\n\n"], chunkDelay: 20 });
    const stream = await open();
    const iterator = stream[Symbol.asyncIterator]();
    const ids: unknown[] = [];
    for (let index = 0; index < 3; index++) {
      const step = await iterator.next();
      ids.push(step.done ? "done" : [step.value[0], (step.value[1] as ChatCompletionChunk).id]);
    }
    stream.abort();
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
    expect(ids).toEqual([
      ["ok", "c1"],
      ["ok", "c2"],
      ["ok", "c3"],
    ]);
  });

  it("abort() after chunk 3 of 10 ends at once even when the whole body had already arrived", async () => {
    mock.server.on(ROUTE, { sse: tenChunks().join("") + "data: [DONE]\n\n" }); // one write: all ten events in the first chunk
    const stream = await open();
    const seen: Array<StreamItem<ChatCompletionChunk>> = [];
    for await (const item of stream) {
      seen.push(item);
      if (seen.length === 3) stream.abort();
    }
    expect(seen.map(([kind, chunk]) => [kind, (chunk as ChatCompletionChunk).id])).toEqual([
      ["ok", "c1"],
      ["ok", "c2"],
      ["ok", "c3"],
    ]);
  });

  it("abort() releases the connection: the server sees it close", async () => {
    let closed!: () => void;
    const serverSawClose = new Promise<void>((resolve) => (closed = resolve));
    const server = createServer((req, res) => {
      req.resume();
      res.on("close", () => closed());
      res.writeHead(200, { "content-type": "text/event-stream" });
      for (const event of tenChunks().slice(0, 3)) res.write(event); // then never ends
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const [status, stream] = await chatCompletion(params, { apiUrl: `http://127.0.0.1:${port}/v1`, apiKey: TEST_KEY });
      expect(status).toBe("ok");
      const iterator = (stream as EventStream<ChatCompletionChunk>)[Symbol.asyncIterator]();
      expect((await iterator.next()).done).toBe(false);
      (stream as EventStream<ChatCompletionChunk>).abort();
      expect(await iterator.next()).toEqual({ done: true, value: undefined });
      await serverSawClose; // would hang (and the test time out) if the connection stayed open
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("the caller's signal after chunk 3 of 10 still ends with the aborted error item", async () => {
    mock.server.on(ROUTE, { sse: [...tenChunks(), "data: [DONE]\n\n"], chunkDelay: 20 });
    const controller = new AbortController();
    const stream = await open({ httpOptions: { signal: controller.signal } });
    const seen: Array<StreamItem<ChatCompletionChunk>> = [];
    for await (const item of stream) {
      seen.push(item);
      if (seen.length === 3) controller.abort();
    }
    expect(seen.slice(0, 3).map(([kind, chunk]) => [kind, (chunk as ChatCompletionChunk).id])).toEqual([
      ["ok", "c1"],
      ["ok", "c2"],
      ["ok", "c3"],
    ]);
    expect(seen.slice(3)).toEqual([["error", { kind: "aborted", message: "POST /chat/completions was aborted by the caller's signal" }]]);
  });

  it("no listener stays on a shared signal once streams end, however they end", async () => {
    const shared = new AbortController().signal;
    const config = { httpOptions: { signal: shared, retry: 0 } };
    const events = fixture("chat_stream.sse").split(/(?<=\n\n)/);
    // read to the end
    mock.server.on(ROUTE, { sse: events }, 1);
    await items(await open(config));
    // broken out of
    mock.server.on(ROUTE, { sse: events.slice(0, 2), hang: true }, 1);
    for await (const _item of await open(config)) break;
    // an error event
    mock.server.on(ROUTE, { sse: fixture("chat_stream_error_event.sse") }, 1);
    await items(await open(config));
    // dropped mid-body
    mock.server.on(ROUTE, { sse: events, drop: "mid-body" }, 1);
    await items(await open(config));
    // idle timeout
    mock.server.on(ROUTE, { sse: events.slice(0, 1), hang: true }, 1);
    await items(await open({ httpOptions: { ...config.httpOptions, streamIdleTimeout: 100 } }));
    // aborted before iterating
    mock.server.on(ROUTE, { sse: events.slice(0, 1), hang: true }, 1);
    const unread = await open(config);
    expect(getEventListeners(shared, "abort")).toHaveLength(1);
    unread.abort();
    expect(getEventListeners(shared, "abort")).toHaveLength(0);
    expect(await items(unread)).toEqual([]); // the consumer's own stop: no item, no error
    // a non-2xx
    await chatCompletion({ ...params, model: "gpt-nope" }, mock.config(config));
    expect(getEventListeners(shared, "abort")).toHaveLength(0);
    expect(mock.server.requests).toHaveLength(7);
  });

  it("a stream nobody reads is released after streamIdleTimeout", async () => {
    const shared = new AbortController().signal;
    mock.server.on(ROUTE, {
      sse: fixture("chat_stream.sse")
        .split(/(?<=\n\n)/)
        .slice(0, 1),
      hang: true,
    });
    const unread = await open({ httpOptions: { signal: shared, streamIdleTimeout: 50 } });
    await vi.waitFor(() => expect(getEventListeners(shared, "abort")).toHaveLength(0));
    expect(await items(unread)).toEqual([["error", expect.objectContaining({ kind: "timeout", timeout: 50 })]]);
  });

  it("a 2xx JSON body instead of an event stream is a final error item, not an empty stream", async () => {
    mock.server.on(ROUTE, { body: { id: "chatcmpl-1", object: "chat.completion" } }, 1);
    expect(await items(await open())).toEqual([["error", expect.objectContaining({ kind: "parse", body: '{"id":"chatcmpl-1","object":"chat.completion"}' })]]);
    mock.server.on(ROUTE, { body: { error: { message: "Streaming is not supported", type: "invalid_request_error" } } }, 1);
    expect(await items(await open())).toEqual([
      ["error", expect.objectContaining({ kind: "api", status: 200, error: { message: "Streaming is not supported", type: "invalid_request_error" } })],
    ]);
  });

  it("a caller's signal already aborted is an aborted error tuple", async () => {
    const result = await chatCompletion(params, mock.config({ httpOptions: { signal: AbortSignal.abort() } }));
    expect(result).toMatchObject(["error", { kind: "aborted" }]);
  });
});

describe("EventStream", () => {
  it("breaking out of for await releases the connection (the server sees it close)", async () => {
    let closed!: () => void;
    const serverSawClose = new Promise<void>((resolve) => (closed = resolve));
    const first = fixture("chat_stream.sse").split(/(?<=\n\n)/)[0]!;
    const server = createServer((req, res) => {
      req.resume();
      res.on("close", () => closed());
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write(first); // then never ends
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const [status, stream] = await chatCompletion(params, { apiUrl: `http://127.0.0.1:${port}/v1`, apiKey: TEST_KEY });
      expect(status).toBe("ok");
      let count = 0;
      for await (const [kind] of stream as EventStream<ChatCompletionChunk>) {
        expect(kind).toBe("ok");
        count++;
        break;
      }
      expect(count).toBe(1);
      await serverSawClose; // would hang (and the test time out) if the connection stayed open
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("iterating twice gives one argument error item, not a crash", async () => {
    mock.server.on(ROUTE, { sse: fixture("chat_stream.sse") });
    const stream = await open();
    expect(await items(stream)).toHaveLength(7);
    const again = await items(stream);
    expect(again).toEqual([["error", expect.objectContaining({ kind: "argument", argument: "stream" })]]);
  });

  it("toReadableStream re-emits SSE that parses back to the same items", async () => {
    mock.server.on(ROUTE, { sse: fixture("chat_stream_comments.sse") });
    const original = await open();
    const text = await new Response(original.toReadableStream()).text();
    expect(text.endsWith("data: [DONE]\n\n")).toBe(true);
    mock.server.on(ROUTE, { sse: fixture("chat_stream_comments.sse") });
    const expected = await items(await open());
    mock.server.on(ROUTE, { sse: text });
    expect(await items(await open())).toEqual(expected);
    // the stream was consumed by toReadableStream
    expect(await items(original)).toEqual([["error", expect.objectContaining({ kind: "argument" })]]);
  });

  it("toReadableStream re-emits a final error as an error event", async () => {
    mock.server.on(ROUTE, { sse: fixture("chat_stream_error_event.sse") });
    const text = await new Response((await open()).toReadableStream()).text();
    expect(text).toContain('event: error\ndata: {"error":{"message":"The server had an error while processing your request."');
    mock.server.on(ROUTE, { sse: text });
    const seen = await items(await open());
    expect(seen.at(-1)).toMatchObject(["error", { kind: "api", error: { type: "server_error" } }]);
  });

  it("cancelling the readable stream releases the connection", async () => {
    mock.server.on(ROUTE, {
      sse: fixture("chat_stream.sse")
        .split(/(?<=\n\n)/)
        .slice(0, 2),
      hang: true,
    });
    const shared = new AbortController().signal;
    const readable = (await open({ httpOptions: { signal: shared } })).toReadableStream();
    const reader = readable.getReader();
    expect((await reader.read()).done).toBe(false);
    await reader.cancel();
    expect(getEventListeners(shared, "abort")).toHaveLength(0);
  });
});

describe("collectChatCompletion", () => {
  it("folds the default mock stream into the fixture's completion, with usage when asked", async () => {
    const [, stream] = await chatCompletion({ ...params, stream_options: { include_usage: true } }, mock.config());
    const [status, completion, meta] = await collectChatCompletion(stream as EventStream<ChatCompletionChunk>);
    expect(status).toBe("ok");
    expect(completion).toEqual({ ...chatFixture, object: "chat.completion" });
    expect(meta?.requestId).toMatch(/^req_mock_/);
    expect(mock.server.lastRequest()?.json).toMatchObject({ stream: true, stream_options: { include_usage: true } });
  });

  it("folds tool call arguments by index, finish reason and usage", async () => {
    mock.server.on(ROUTE, { sse: fixture("chat_stream_tools.sse") });
    const [status, completion] = await collectChatCompletion(await open());
    expect(status).toBe("ok");
    expect(completion).toEqual({
      id: "chatcmpl-7ALbIuLju70hXy3jPa3o5VVlrxR6a",
      object: "chat.completion",
      created: 1682700668,
      model: "gpt-3.5-turbo-0301",
      choices: [
        {
          index: 0,
          finish_reason: "tool_calls",
          message: {
            role: "assistant",
            content: null,
            tool_calls: [
              { id: "call_abc", type: "function", function: { name: "get_weather", arguments: '{"city":"Paris"}' } },
              { id: "call_def", type: "function", function: { name: "get_time", arguments: "{}" } },
            ],
          },
        },
      ],
      usage: { prompt_tokens: 82, completion_tokens: 17, total_tokens: 99 },
    });
  });

  it("returns the stream's error item as the error tuple", async () => {
    mock.server.on(ROUTE, { sse: fixture("chat_stream_error_payload.sse") });
    expect(await collectChatCompletion(await open())).toMatchObject(["error", { kind: "api", error: { code: "rate_limit_exceeded" } }]);
    expect(await collectChatCompletion(null as never)).toMatchObject(["error", { kind: "argument", argument: "stream" }]);
  });

  it("a chunk without the chunk shape is a parse error, not a throw", async () => {
    mock.server.on(ROUTE, { sse: "data: null\n\ndata: [DONE]\n\n" });
    expect(await collectChatCompletion(await open())).toMatchObject(["error", { kind: "parse", body: "null" }]);
  });
});
