// Reading a stream: the edges the API tests do not reach (an error event without data, events after
// [DONE], concurrent pulls, release right after a final error, a body-less 2xx, and a custom fetch
// that ignores our signal).
import { getEventListeners } from "node:events";
import { describe, expect, it } from "vitest";
import { chatCompletion, type ChatCompletionChunk, type EventStream, type StreamItem } from "../../src/index";
import { useMockServer } from "../_helpers/mock";

const mock = useMockServer();
const ROUTE = "POST /chat/completions";
const params = { model: "gpt-4o-mini", messages: [{ role: "user" as const, content: "Hi" }], stream: true as const };
const frame = (content: string) => `data: ${JSON.stringify({ id: "c", object: "chat.completion.chunk", choices: [{ index: 0, delta: { content } }] })}\n\n`;
const content = (item: StreamItem<ChatCompletionChunk> | undefined) => (item?.[0] === "ok" ? item[1].choices[0]?.delta.content : item);

async function open(config = mock.config()): Promise<EventStream<ChatCompletionChunk>> {
  const [status, stream] = await chatCompletion(params, config);
  if (status !== "ok") throw new Error(`no stream: ${stream.message}`);
  return stream;
}
async function items<T>(stream: EventStream<T>): Promise<Array<StreamItem<T>>> {
  const seen: Array<StreamItem<T>> = [];
  for await (const item of stream) seen.push(item);
  return seen;
}
/** A custom fetch answering every call with a 200 event stream whose body is `body`, whatever the signal does. */
function fetchAnswering(body: () => ReadableStream<Uint8Array> | null): typeof fetch {
  return async () => new Response(body(), { status: 200, headers: { "content-type": "text/event-stream" } });
}

describe("stream reading", () => {
  it("an error event without data is an api error item, not a skipped keep-alive", async () => {
    mock.server.on(ROUTE, { sse: [frame("a"), "event: error\ndata:\n\n", frame("b")] });
    const seen = await items(await open());
    expect(seen.map(content)).toEqual(["a", ["error", expect.objectContaining({ kind: "api", status: 200 })]]);
  });

  it("events after [DONE] are ignored", async () => {
    mock.server.on(ROUTE, { sse: `${frame("a")}data: [DONE]\n\n${frame("late")}` });
    expect((await items(await open())).map(content)).toEqual(["a"]);
  });

  it("concurrent pulls get the items in order, one each", async () => {
    mock.server.on(ROUTE, { sse: [frame("1"), frame("2"), frame("3"), "data: [DONE]\n\n"], chunkDelay: 5 });
    const iterator = (await open())[Symbol.asyncIterator]();
    const steps = await Promise.all([iterator.next(), iterator.next(), iterator.next(), iterator.next()]);
    expect(steps.map((step) => (step.done ? "done" : content(step.value)))).toEqual(["1", "2", "3", "done"]);
  });

  it("a stream that ends with an error item lets go of the caller's signal without another pull", async () => {
    const caller = new AbortController();
    mock.server.on(ROUTE, { sse: [frame("a"), 'data: {"error":{"message":"boom"}}\n\n'] });
    const iterator = (await open(mock.config({ httpOptions: { signal: caller.signal } })))[Symbol.asyncIterator]();
    expect(content((await iterator.next()).value)).toBe("a");
    expect((await iterator.next()).value).toEqual(["error", expect.objectContaining({ kind: "api", message: expect.stringContaining("boom") })]);
    expect(getEventListeners(caller.signal, "abort")).toHaveLength(0);
  });

  it("iterating twice names the stream in the argument error", async () => {
    mock.server.on(ROUTE, { sse: [frame("a"), "data: [DONE]\n\n"] });
    const stream = await open();
    await items(stream);
    expect(await items(stream)).toEqual([
      [
        "error",
        {
          kind: "argument",
          argument: "stream",
          message: "The stream of POST /chat/completions was already iterated; an EventStream can be read only once",
        },
      ],
    ]);
  });

  it("a 2xx event stream without a body simply ends", async () => {
    const stream = await open(mock.config({ httpOptions: { fetch: fetchAnswering(() => null) } }));
    expect(await items(stream)).toEqual([]);
  });

  it("a custom fetch that ignores our signal still ends with the idle timeout item, after the items read", async () => {
    let cancelled = false;
    const never = () =>
      new ReadableStream<Uint8Array>({
        start: (controller) => controller.enqueue(new TextEncoder().encode(frame("a"))),
        cancel: () => void (cancelled = true),
      });
    const stream = await open(mock.config({ httpOptions: { fetch: fetchAnswering(never), streamIdleTimeout: 50 } }));
    expect((await items(stream)).map(content)).toEqual([
      "a",
      [
        "error",
        {
          kind: "timeout",
          timeout: 50,
          message: "POST /chat/completions (stream idle) timed out after 50 ms; raise httpOptions.timeout (streamIdleTimeout for streams)",
        },
      ],
    ]);
    expect(cancelled).toBe(true);
  });
});
