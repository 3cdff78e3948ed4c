// Events → stream items on their own: the exact item (or end) for each kind of event, and the exact
// bytes toSseStream writes back.
import { describe, expect, it } from "vitest";
import { interpret, notAStream, toSseStream, type StreamContext } from "../../src/_internal/sse";
import type { StreamItem } from "../../src/result";

const KEY = "sk-sse-test-0123456789";
const context = (requestId?: string): StreamContext => ({
  meta: { status: 200, headers: { "content-type": "text/event-stream", "x-echo": `Bearer ${KEY}` }, ...(requestId ? { requestId } : {}) },
  what: "POST /responses",
  secret: new RegExp(KEY, "g"),
});
const event = (data: string, name?: string) => ({ data, event: name, id: undefined });
const IN_STREAM = "(an error event in the stream of POST /responses)";
const HEADERS = { "content-type": "text/event-stream", "x-echo": "Bearer [redacted]" };

describe("interpret", () => {
  it("ends the stream on [DONE] and on the done event", () => {
    expect(interpret(event("[DONE]"), "data", context())).toBe(undefined);
    expect(interpret(event('{"a":1}', "done"), "named", context())).toBe(undefined);
  });

  it("yields the data, or { event, data } in named mode (`message` when unnamed)", () => {
    expect(interpret(event('{"a":1}'), "data", context())).toEqual(["ok", { a: 1 }]);
    expect(interpret(event('{"a":1}', "response.created"), "named", context())).toEqual(["ok", { event: "response.created", data: { a: 1 } }]);
    expect(interpret(event("[1]"), "named", context())).toEqual(["ok", { event: "message", data: [1] }]);
    expect(interpret(event('{"error":null}'), "data", context())).toEqual(["ok", { error: null }]);
    expect(interpret(event('{"error":"text"}'), "data", context())).toEqual(["ok", { error: "text" }]);
  });

  it("an { error } envelope in a named event (other than a thread event) is an api error", () => {
    expect(interpret(event('{"error":{"message":"m"}}', "response.error"), "named", context())).toMatchObject([
      "error",
      { kind: "api", message: `m ${IN_STREAM}` },
    ]);
  });

  it("keeps the error field of thread events, which is not an envelope", () => {
    expect(interpret(event('{"error":{"message":"m"}}', "thread.run.failed"), "named", context())).toEqual([
      "ok",
      { event: "thread.run.failed", data: { error: { message: "m" } } },
    ]);
  });

  it("turns data that is not JSON into a parse error", () => {
    expect(interpret(event("{nope"), "data", context())).toEqual([
      "error",
      expect.objectContaining({ kind: "parse", body: "{nope", message: "Could not parse the response of POST /responses (a stream event) as JSON" }),
    ]);
  });

  it("turns an { error } envelope into an api error with the stream's status, scrubbed headers and request id", () => {
    const data = '{"error":{"message":"overloaded","type":"server_error"}}';
    expect(interpret(event(data), "data", context("req_1"))).toEqual([
      "error",
      {
        kind: "api",
        status: 200,
        message: `overloaded ${IN_STREAM}`,
        error: { message: "overloaded", type: "server_error" },
        body: { error: { message: "overloaded", type: "server_error" } },
        headers: HEADERS,
        requestId: "req_1",
      },
    ]);
  });

  it("turns an error event into an api error: plain text, a bare error object, a code, or nothing usable", () => {
    expect(interpret(event(`boom ${KEY}`, "error"), "data", context())).toEqual([
      "error",
      { kind: "api", status: 200, message: `boom [redacted] ${IN_STREAM}`, error: { message: "boom [redacted]" }, body: "boom [redacted]", headers: HEADERS },
    ]);
    expect(Object.keys((interpret(event("boom", "error"), "data", context()) as StreamItem<object>)[1])).not.toContain("requestId");
    expect(interpret(event('{"message":"bare"}', "error"), "named", context())).toMatchObject([
      "error",
      { message: `bare ${IN_STREAM}`, error: { message: "bare" } },
    ]);
    expect(interpret(event('{"error":{"message":"","code":"c1"}}', "error"), "data", context())).toMatchObject(["error", { message: `c1 ${IN_STREAM}` }]);
    expect(interpret(event('{"error":{"message":""}}', "error"), "data", context())).toMatchObject(["error", { message: `error ${IN_STREAM}` }]);
    expect(interpret(event('{"code":5}', "error"), "data", context())).toMatchObject([
      "error",
      { message: `{"code":5} ${IN_STREAM}`, error: { message: '{"code":5}' }, body: { code: 5 } },
    ]);
    expect(interpret(event("null", "error"), "data", context())).toMatchObject(["error", { error: { message: "null" }, body: null }]);
  });

  it("keeps the first 200 characters of an unusable error event", () => {
    const [, error] = interpret(event("x".repeat(300), "error"), "data", context()) as StreamItem<unknown>;
    expect(error).toMatchObject({ error: { message: "x".repeat(200) } });
  });

  it("scrubs the key from data", () => {
    expect(interpret(event(`{"echo":"${KEY}"}`), "data", context())).toEqual(["ok", { echo: "[redacted]" }]);
  });
});

describe("notAStream", () => {
  it("reports an { error } JSON body as an api error", () => {
    expect(notAStream('{"error":{"message":"bad model"}}', context())).toMatchObject({ kind: "api", message: `bad model ${IN_STREAM}` });
  });

  it("reports other JSON, or no JSON, as a parse error with the scrubbed body", () => {
    const message = "Could not parse the response of POST /responses (expected an event stream, got JSON) as JSON";
    expect(notAStream('{"id":1}', context())).toEqual(expect.objectContaining({ kind: "parse", body: '{"id":1}', message }));
    expect(notAStream('{"error":"no"}', context())).toEqual(expect.objectContaining({ kind: "parse", body: '{"error":"no"}' }));
    expect(notAStream(`<${KEY}`, context())).toEqual(expect.objectContaining({ kind: "parse", body: "<[redacted]" }));
    expect(notAStream("null", context())).toEqual(expect.objectContaining({ kind: "parse", body: "null" }));
  });
});

describe("toSseStream", () => {
  async function written(items: Array<StreamItem<unknown>>, mode: "data" | "named"): Promise<string> {
    async function* source() {
      yield* items;
      return undefined;
    }
    return new Response(toSseStream(source(), mode)).text();
  }

  it("writes data frames then [DONE]", async () => {
    expect(await written([["ok", { a: 1 }]], "data")).toBe('data: {"a":1}\n\ndata: [DONE]\n\n');
  });

  it("writes named frames then the done event", async () => {
    expect(await written([["ok", { event: "response.created", data: { a: 1 } }]], "named")).toBe(
      'event: response.created\ndata: {"a":1}\n\nevent: done\ndata: [DONE]\n\n',
    );
  });

  it("writes an api error's body, or another error's message and kind, as an error event", async () => {
    const api = interpret(event('{"error":{"message":"m","type":"t"}}'), "data", context()) as StreamItem<unknown>;
    expect(await written([api], "data")).toBe('event: error\ndata: {"error":{"message":"m","type":"t"}}\n\ndata: [DONE]\n\n');
    expect(await written([["error", { kind: "timeout", message: "slow", timeout: 5 }]], "named")).toBe(
      'event: error\ndata: {"error":{"message":"slow","type":"timeout"}}\n\nevent: done\ndata: [DONE]\n\n',
    );
  });

  it("cancelling works for an iterator without return()", async () => {
    const iterator: AsyncIterator<StreamItem<unknown>, undefined> = { next: async () => ({ value: ["ok", 1], done: false }) };
    await expect(toSseStream(iterator, "data").cancel()).resolves.toBe(undefined);
  });

  it("cancelling the readable stream returns the iterator", async () => {
    let returned = false;
    const iterator: AsyncIterator<StreamItem<unknown>, undefined> = {
      next: async () => ({ value: ["ok", 1], done: false }),
      return: async () => {
        returned = true;
        return { value: undefined, done: true };
      },
    };
    await toSseStream(iterator, "data").cancel();
    expect(returned).toBe(true);
  });
});
