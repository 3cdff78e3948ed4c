/**
 * Faults on the wire: every one ends in the documented tuple, within its timeout, and retries
 * never exceed `httpOptions.retry`. The server counts the attempts.
 */
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatCompletion, models, type Config } from "../../src/index";
import { startMockServer, type MockServer } from "../../src/testing/index";
import modelsList from "../../fixtures/models_list.json";
import { TEST_KEY, useMockServer } from "../_helpers/mock";
import { HUNG, notAStreamItem, within } from "./_shared";

const mock = useMockServer();
/** Short limits: every fault must resolve well inside them. */
const TIMEOUT = 400;
const IDLE = 300;
/** Upper bound on how long any call here may take before it counts as a hang. */
const HANG = 5_000;

const cfg = (httpOptions: NonNullable<Config["httpOptions"]> = {}, extra: Config = {}): Config =>
  mock.config({ ...extra, httpOptions: { timeout: TIMEOUT, streamIdleTimeout: IDLE, retry: 2, retryDelay: 1, ...httpOptions } });

/** Awaits `promise`, failing the test if it does not settle before `HANG` ms. */
async function settle<T>(promise: Promise<T>): Promise<T> {
  const result = await within(promise, HANG);
  if (result === HUNG) throw new Error(`did not settle within ${HANG} ms`);
  return result;
}

const chunk = (id: string, content: string) =>
  `data: ${JSON.stringify({ id, object: "chat.completion.chunk", created: 1, model: "gpt-4o-mini", choices: [{ index: 0, delta: { content }, finish_reason: null }] })}\n\n`;
const chatParams = { model: "gpt-4o-mini", messages: [{ role: "user" as const, content: "Hi" }], stream: true as const };

/** Iterates a stream to its end, checking every item is a tuple. */
async function drain(stream: AsyncIterable<unknown>): Promise<unknown[]> {
  const items: unknown[] = [];
  const run = (async () => {
    for await (const item of stream) {
      expect(notAStreamItem(item)).toBeUndefined();
      items.push(item);
    }
  })();
  const outcome = await within(run, HANG);
  if (outcome === HUNG) throw new Error(`the stream did not end within ${HANG} ms`);
  return items;
}

describe("connection faults", () => {
  it("connection refused → network error after retry+1 attempts", async () => {
    // A port that was just free and is now closed: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const port = (probe.address() as { port: number }).port;
    await new Promise((resolve) => probe.close(resolve));
    const [status, error] = await settle(models({ apiKey: TEST_KEY, apiUrl: `http://127.0.0.1:${port}/v1`, httpOptions: { retry: 2, retryDelay: 1 } }));
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "network" });
    expect((error as { cause: string }).cause).toMatch(/ECONNREFUSED/);
  });

  it("reset before the headers → network error, retried exactly `retry` times", async () => {
    mock.server.on("GET /models", { drop: "before-headers" });
    const [status, error] = await settle(models(cfg({ retry: 2 })));
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "network" });
    expect(mock.server.requests).toHaveLength(3);
  });

  it("reset half way through the body → network error, retried exactly `retry` times", async () => {
    mock.server.on("GET /models", { drop: "mid-body", body: modelsList });
    const [status, error] = await settle(models(cfg({ retry: 2 })));
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "network", message: expect.stringContaining("reading the body") });
    expect(mock.server.requests).toHaveLength(3);
  });

  it("headers, then silence → timeout error carrying the limit, not retried", async () => {
    mock.server.on("GET /models", { hang: true, headers: { "content-type": "application/json" }, body: "" });
    const [status, error] = await settle(models(cfg()));
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "timeout", timeout: TIMEOUT });
    expect(mock.server.requests).toHaveLength(1);
  });

  it("no headers at all within the timeout → timeout error", async () => {
    mock.server.on("GET /models", { delay: 2_000, body: modelsList });
    const [status, error] = await settle(models(cfg()));
    expect([status, error]).toEqual(["error", expect.objectContaining({ kind: "timeout", timeout: TIMEOUT })]);
  });

  it("a slow trickle that completes within the timeout → the exact body", async () => {
    mock.server.on("GET /models", { body: modelsList, chunkSize: 64, chunkDelay: 5 });
    const [status, data] = await settle(models(cfg({ timeout: 4_000 })));
    expect(status).toBe("ok");
    expect(data).toEqual(modelsList);
  });

  it("a slow trickle that outlasts the timeout → timeout error", async () => {
    mock.server.on("GET /models", { body: modelsList, chunkSize: 16, chunkDelay: 100 });
    const [status, error] = await settle(models(cfg()));
    expect([status, error]).toEqual(["error", expect.objectContaining({ kind: "timeout", timeout: TIMEOUT })]);
  });
});

describe("bodies that are not what they claim", () => {
  it("truncated JSON in a 200 → parse error with the body received", async () => {
    const text = JSON.stringify(modelsList).slice(0, 40);
    mock.server.on("GET /models", { body: text, headers: { "content-type": "application/json" } });
    const [status, error] = await settle(models(cfg()));
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "parse", body: text });
  });

  it("a 200 with an HTML body where JSON is due → parse error (first KB of the body)", async () => {
    const html = `<!doctype html><html><body>${"<p>Gateway says hello</p>".repeat(100)}</body></html>`;
    mock.server.on("GET /models", { body: html, headers: { "content-type": "text/html" } });
    const [status, error] = await settle(models(cfg()));
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "parse", body: html.slice(0, 1024) });
  });

  it("a 502 HTML page → http error with the text body, retried retry times", async () => {
    mock.server.on("GET /models", { status: 502, body: "<html>Bad gateway</html>", headers: { "content-type": "text/html" } });
    const [status, error] = await settle(models(cfg({ retry: 1 })));
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "http", status: 502, body: "<html>Bad gateway</html>" });
    expect(mock.server.requests).toHaveLength(2);
  });
});

describe("retry storms: attempts never exceed retry + 1", () => {
  const rateLimited = { error: { message: "Rate limit reached", type: "requests", param: null, code: "rate_limit_exceeded" } };

  for (const retry of [0, 1, 3]) {
    it(`429 storm without Retry-After, retry ${retry} → ${retry + 1} attempts, api error`, async () => {
      mock.server.on("GET /models", { status: 429, body: rateLimited });
      const [status, error] = await settle(models(cfg({ retry })));
      expect(status).toBe("error");
      expect(error).toMatchObject({ kind: "api", status: 429, error: { code: "rate_limit_exceeded" } });
      expect(mock.server.requests).toHaveLength(retry + 1);
    });
  }

  it("429 storm with retry-after-ms → honoured, retryAfter on the error, 3 attempts", async () => {
    mock.server.on("GET /models", { status: 429, body: rateLimited, headers: { "retry-after-ms": "20" } });
    const [status, error] = await settle(models(cfg({ retry: 2 })));
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "api", status: 429, retryAfter: 20 });
    expect(mock.server.requests).toHaveLength(3);
  });

  it("503 storm with Retry-After: 0 (seconds) → 4 attempts", async () => {
    mock.server.on("GET /models", { status: 503, body: "Service Unavailable", headers: { "retry-after": "0" } });
    const [status, error] = await settle(models(cfg({ retry: 3 })));
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "http", status: 503, retryAfter: 0 });
    expect(mock.server.requests).toHaveLength(4);
  });

  it("503 storm without Retry-After → 3 attempts", async () => {
    mock.server.on("GET /models", { status: 503, body: { error: { message: "overloaded", type: "server_error" } } });
    const [status, error] = await settle(models(cfg({ retry: 2 })));
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "api", status: 503 });
    expect(mock.server.requests).toHaveLength(3);
  });

  it("a Retry-After longer than maxRetryAfter → returned at once with retryAfter, 1 attempt", async () => {
    mock.server.on("GET /models", { status: 429, body: rateLimited, headers: { "retry-after": "120" } });
    const [status, error] = await settle(models(cfg({ retry: 5 })));
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "api", status: 429, retryAfter: 120_000 });
    expect(mock.server.requests).toHaveLength(1);
  });

  it("a storm that clears: two 503s then 200 → ok, 3 attempts", async () => {
    mock.server.on("GET /models", { status: 503, body: "busy", headers: { "retry-after": "0" } }, 2);
    const [status, data] = await settle(models(cfg({ retry: 2 })));
    expect(status).toBe("ok");
    expect(data).toEqual(modelsList);
    expect(mock.server.requests).toHaveLength(3);
  });

  it("a non-retryable 400 is not retried", async () => {
    mock.server.on("GET /models", { status: 400, body: { error: { message: "bad", type: "invalid_request_error" } } });
    await settle(models(cfg({ retry: 3 })));
    expect(mock.server.requests).toHaveLength(1);
  });
});

describe("redirects to another host", () => {
  let other: MockServer;
  beforeAll(async () => {
    other = await startMockServer();
  });
  afterAll(async () => {
    await other.close();
  });

  for (const code of [301, 302, 307, 308]) {
    it(`${code} to another origin: not followed, so neither Authorization nor api-key reaches it`, async () => {
      other.reset();
      mock.server.on("GET /models", { status: code, headers: { location: `${other.url}/models` } });
      const [status, error] = await settle(models(cfg({ headers: { "api-key": "azure-style-secret-key" } })));
      expect(other.requests).toHaveLength(0);
      expect(status).toBe("error");
      expect(error).toMatchObject({ kind: "http", status: code });
      expect(JSON.stringify(error)).not.toContain(TEST_KEY);
    });
  }

  it("a POST answered 307 to another origin: the body and headers stay home", async () => {
    other.reset();
    mock.server.on("POST /chat/completions", { status: 307, headers: { location: `${other.url}/chat/completions` } });
    const [status] = await settle(chatCompletion({ model: "gpt-4o-mini", messages: [] }, cfg({ headers: { "api-key": "azure-style-secret-key" } })));
    expect(status).toBe("error");
    expect(other.requests).toHaveLength(0);
  });

  it("a redirect to the same origin is followed (control: the test above can see a followed redirect)", async () => {
    mock.server.on("GET /models", { status: 302, headers: { location: `${mock.server.url}/models/gpt-4o-mini` } }, 1);
    const [status, data] = await settle(models(cfg()));
    expect(status).toBe("ok");
    expect(data).toMatchObject({ id: "gpt-4o-mini" });
    expect(mock.server.requests.map((request) => request.path)).toEqual(["/models", "/models/gpt-4o-mini"]);
    expect(mock.server.requests[1]?.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
  });
});

describe("streams that break", () => {
  it("a stream cut mid-frame → the whole frames, then one network error, then the end", async () => {
    const second = chunk("c2", " there");
    mock.server.on("POST /chat/completions", {
      sse: [chunk("c1", "Hello"), second.slice(0, 30), second.slice(30), chunk("c3", "!")],
      drop: "mid-body",
      // undici errors the body stream when the socket dies, discarding chunks not yet pulled: leave the
      // reader time to pull c1 first (well under the 300 ms idle timeout), even on a loaded machine.
      chunkDelay: 120,
    });
    const [status, stream] = await settle(chatCompletion(chatParams, cfg()));
    expect(status).toBe("ok");
    const items = await drain(stream as AsyncIterable<unknown>);
    expect(items).toHaveLength(2);
    expect(items[0]).toEqual(["ok", expect.objectContaining({ id: "c1" })]);
    expect(items[1]).toEqual(["error", expect.objectContaining({ kind: "network" })]);
  });

  it("a stream that goes silent → one timeout error carrying streamIdleTimeout", async () => {
    mock.server.on("POST /chat/completions", { sse: [chunk("c1", "Hello")], hang: true });
    const [status, stream] = await settle(chatCompletion(chatParams, cfg()));
    expect(status).toBe("ok");
    const items = await drain(stream as AsyncIterable<unknown>);
    expect(items).toEqual([
      ["ok", expect.objectContaining({ id: "c1" })],
      ["error", expect.objectContaining({ kind: "timeout", timeout: IDLE })],
    ]);
  });

  it("a stream whose headers never come → timeout error (not ok), not retried", async () => {
    mock.server.on("POST /chat/completions", { sse: [chunk("c1", "Hello")], delay: 2_000 });
    const [status, error] = await settle(chatCompletion(chatParams, cfg()));
    expect([status, error]).toEqual(["error", expect.objectContaining({ kind: "timeout", timeout: TIMEOUT })]);
    expect(mock.server.requests).toHaveLength(1);
  });

  it("a stream with a malformed event → the good items, then one parse error", async () => {
    mock.server.on("POST /chat/completions", { sse: [chunk("c1", "Hello"), "data: {not json\n\n", chunk("c3", "!")] });
    const [status, stream] = await settle(chatCompletion(chatParams, cfg()));
    expect(status).toBe("ok");
    const items = await drain(stream as AsyncIterable<unknown>);
    expect(items).toEqual([
      ["ok", expect.objectContaining({ id: "c1" })],
      ["error", expect.objectContaining({ kind: "parse" })],
    ]);
  });

  it("a stream answered 503 before its first byte → retried, then the error tuple", async () => {
    mock.server.on("POST /chat/completions", { status: 503, body: "busy" });
    const [status, error] = await settle(chatCompletion(chatParams, cfg({ retry: 1 })));
    expect([status, error]).toEqual(["error", expect.objectContaining({ kind: "http", status: 503 })]);
    expect(mock.server.requests).toHaveLength(2);
  });

  it("a silent stream left unread: reading it after the idle timeout yields the timeout at once", async () => {
    mock.server.on("POST /chat/completions", { sse: [chunk("c1", "Hello")], hang: true });
    const [status, stream] = await settle(chatCompletion(chatParams, cfg()));
    expect(status).toBe("ok");
    // Reading after the idle timer fired yields the timeout at once, not a hang.
    await new Promise((resolve) => setTimeout(resolve, IDLE + 100));
    const items = await drain(stream as AsyncIterable<unknown>);
    expect(items.at(-1)).toEqual(["error", expect.objectContaining({ kind: "timeout" })]);
  });
});
