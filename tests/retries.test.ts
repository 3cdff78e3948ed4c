import { describe, expect, it } from "vitest";
import { chatCompletion } from "../src/api/chat/chatCompletion";
import { models } from "../src/api/models/models";
import { filesUpload } from "../src/api/files/filesUpload";
import { startMockServer } from "../src/testing/index";
import { backoffMs } from "../src/_internal/retry";
import type { ChatCompletionParams } from "../src/types/chat";
import chatFixture from "../fixtures/chat_completion.json";
import modelsList from "../fixtures/models_list.json";
import { useMockServer } from "./_helpers/mock";

const mock = useMockServer();
const params: ChatCompletionParams = { model: "gpt-3.5-turbo", messages: [{ role: "user", content: "Hello!" }] };
const CHAT = "POST /chat/completions";
const failing = (status: number, headers: Record<string, string> = {}) => ({ status, headers, body: { error: { message: `failed with ${status}` } } });

describe("which failures are retried", () => {
  it.each([408, 409, 429, 500, 502, 503])("%i is retried `retry` times (default 2 → 3 requests)", async (status) => {
    mock.server.on(CHAT, failing(status));
    const result = await chatCompletion(params, mock.config());
    expect(result).toMatchObject(["error", { kind: "api", status }]);
    expect(mock.server.requests).toHaveLength(3);
    // every attempt sends the same request
    for (const request of mock.server.requests) expect(request).toMatchObject({ method: "POST", path: "/chat/completions", json: params });
  });

  it.each([400, 401, 403, 404, 422])("%i is not retried", async (status) => {
    mock.server.on(CHAT, failing(status));
    const result = await chatCompletion(params, mock.config());
    expect(result).toMatchObject(["error", { kind: "api", status }]);
    expect(mock.server.requests).toHaveLength(1);
  });

  it("a retried failure followed by a success returns the success", async () => {
    mock.server.on(CHAT, failing(500), 2);
    const result = await chatCompletion(params, mock.config());
    expect(result).toEqual(["ok", chatFixture, expect.objectContaining({ status: 200 })]);
    expect(mock.server.requests).toHaveLength(3);
  });

  it("GET and DELETE are retried too", async () => {
    mock.server.on("GET /models", failing(503), 1);
    expect(await models(mock.config())).toEqual(["ok", modelsList, expect.anything()]);
    expect(mock.server.requests).toHaveLength(2);
  });

  it("httpOptions.retry sets the number of extra attempts", async () => {
    mock.server.on(CHAT, failing(500));
    await chatCompletion(params, mock.config({ httpOptions: { retry: 4 } }));
    expect(mock.server.requests).toHaveLength(5);
  });

  it("retry: 0 means one attempt", async () => {
    mock.server.on(CHAT, failing(429));
    const result = await chatCompletion(params, mock.config({ httpOptions: { retry: 0 } }));
    expect(result).toMatchObject(["error", { kind: "api", status: 429 }]);
    expect(mock.server.requests).toHaveLength(1);
  });

  it("network errors are retried", async () => {
    mock.server.on(CHAT, { drop: "before-headers" }, 2);
    const result = await chatCompletion(params, mock.config());
    expect(result).toEqual(["ok", chatFixture, expect.objectContaining({ status: 200 })]);
    expect(mock.server.requests).toHaveLength(3);
  });

  it("a 2xx body cut off half way is retried, and the next full answer is returned", async () => {
    mock.server.on("GET /models", { drop: "mid-body", body: modelsList }, 1);
    const result = await models(mock.config());
    expect(result).toEqual(["ok", modelsList, expect.objectContaining({ status: 200 })]);
    expect(mock.server.requests).toHaveLength(2);
  });

  it("a 2xx body cut off every time gives up after `retry` extra attempts", async () => {
    mock.server.on("GET /models", { drop: "mid-body", body: modelsList });
    const result = await models(mock.config({ httpOptions: { retry: 2 } }));
    expect(result).toMatchObject(["error", { kind: "network", message: expect.stringContaining("reading the body") }]);
    expect(mock.server.requests).toHaveLength(3);
  });

  it("network errors give up after `retry` extra attempts", async () => {
    mock.server.on(CHAT, { drop: "before-headers" });
    const result = await chatCompletion(params, mock.config({ httpOptions: { retry: 1 } }));
    expect(result).toMatchObject(["error", { kind: "network" }]);
    expect(mock.server.requests).toHaveLength(2);
  });

  it("a timeout is not retried", async () => {
    // 1 s: long enough for the request to reach the server on a loaded machine.
    mock.server.on(CHAT, { delay: 5_000, body: chatFixture });
    const result = await chatCompletion(params, mock.config({ httpOptions: { timeout: 1_000 } }));
    expect(result).toMatchObject(["error", { kind: "timeout", timeout: 1_000 }]);
    expect(mock.server.requests).toHaveLength(1);
  });
});

describe("Retry-After", () => {
  it("retry-after-ms is honoured", async () => {
    mock.server.on(CHAT, failing(429, { "retry-after-ms": "20" }), 1);
    const result = await chatCompletion(params, mock.config());
    expect(result[0]).toBe("ok");
    expect(mock.server.requests).toHaveLength(2);
  });

  it("Retry-After in seconds is honoured", async () => {
    mock.server.on(CHAT, failing(429, { "retry-after": "0" }), 1);
    expect((await chatCompletion(params, mock.config()))[0]).toBe("ok");
    expect(mock.server.requests).toHaveLength(2);
  });

  it("Retry-After in seconds is read as seconds (beyond maxRetryAfter → returned at once)", async () => {
    mock.server.on(CHAT, failing(429, { "retry-after": "1" }));
    const result = await chatCompletion(params, mock.config({ httpOptions: { maxRetryAfter: 999 } }));
    expect(result).toMatchObject(["error", { kind: "api", status: 429, retryAfter: 1_000 }]);
    expect(mock.server.requests).toHaveLength(1);
  });

  it("Retry-After as an HTTP date is honoured", async () => {
    mock.server.on(CHAT, failing(503, { "retry-after": new Date(Date.now() - 5_000).toUTCString() }), 1);
    expect((await chatCompletion(params, mock.config()))[0]).toBe("ok");
    expect(mock.server.requests).toHaveLength(2);
  });

  it("Retry-After as an HTTP date in the future is converted to ms", async () => {
    mock.server.on(CHAT, failing(503, { "retry-after": new Date(Date.now() + 30_000).toUTCString() }));
    const result = await chatCompletion(params, mock.config({ httpOptions: { maxRetryAfter: 1_000 } }));
    expect(result).toMatchObject(["error", { kind: "api", status: 503 }]);
    const retryAfter = (result[1] as { retryAfter?: number }).retryAfter ?? 0;
    expect(retryAfter).toBeGreaterThan(25_000);
    expect(retryAfter).toBeLessThanOrEqual(30_000);
    expect(mock.server.requests).toHaveLength(1);
  });

  it("retry-after-ms wins over Retry-After", async () => {
    mock.server.on(CHAT, failing(429, { "retry-after-ms": "5", "retry-after": "3600" }), 1);
    expect((await chatCompletion(params, mock.config()))[0]).toBe("ok");
    expect(mock.server.requests).toHaveLength(2);
  });

  it("Retry-After: 3600 returns at once with retryAfter 3 600 000 ms", async () => {
    mock.server.on(CHAT, failing(429, { "retry-after": "3600" }));
    const result = await chatCompletion(params, mock.config());
    expect(result).toMatchObject(["error", { kind: "api", status: 429, retryAfter: 3_600_000 }]);
    expect(mock.server.requests).toHaveLength(1);
  });

  it("a Retry-After on a status that is not retried is reported, not waited for", async () => {
    mock.server.on(CHAT, failing(400, { "retry-after": "1" }));
    const result = await chatCompletion(params, mock.config());
    expect(result).toMatchObject(["error", { kind: "api", status: 400, retryAfter: 1_000 }]);
    expect(mock.server.requests).toHaveLength(1);
  });

  it("an unusable Retry-After falls back to the backoff", async () => {
    mock.server.on(CHAT, failing(503, { "retry-after": "soon" }), 1);
    expect((await chatCompletion(params, mock.config()))[0]).toBe("ok");
    expect(mock.server.requests).toHaveLength(2);
  });
});

describe("Retry-After sets the wait before the next attempt", () => {
  /** Answers `first` once, then the default route; records when each attempt arrived. */
  function answerOnce(first: () => ReturnType<typeof failing>): number[] {
    const arrivals: number[] = [];
    let answered = false;
    mock.server.on(CHAT, () => {
      arrivals.push(performance.now());
      if (answered) return { body: chatFixture };
      answered = true;
      return first();
    });
    return arrivals;
  }

  // A lower bound only: the client may not ask again before the server said it could.
  it.each([
    ["retry-after-ms: 300", () => ({ "retry-after-ms": "300" }), 300],
    ["Retry-After: 1 (seconds)", () => ({ "retry-after": "1" }), 1_000],
    // An HTTP date has whole seconds: 2 s ahead, truncated, is more than 1 s ahead.
    ["Retry-After as a date 2 s ahead", () => ({ "retry-after": new Date(Date.now() + 2_000).toUTCString() }), 1_000],
  ])("%s: the retry waits at least that long, not the 1 ms backoff", async (_name, headers, atLeast) => {
    const arrivals = answerOnce(() => failing(429, headers()));
    const result = await chatCompletion(params, mock.config({ httpOptions: { retryDelay: 1 } }));
    expect(result).toEqual(["ok", chatFixture, expect.objectContaining({ status: 200 })]);
    expect(arrivals).toHaveLength(2);
    expect((arrivals[1] as number) - (arrivals[0] as number)).toBeGreaterThanOrEqual(atLeast - 5); // timer granularity
  });

  // Without a usable Retry-After the backoff applies: retryDelay 400 waits 300-400 ms (25 % jitter).
  it.each([
    ["no Retry-After", {}],
    ["Retry-After: soon (neither seconds nor a date)", { "retry-after": "soon" }],
    ["Retry-After: -1", { "retry-after": "-1" }],
    ["Retry-After: Infinity", { "retry-after": "Infinity" }],
    ["an empty Retry-After", { "retry-after": "" }],
  ])("%s: the retry waits for the backoff", async (_name, headers) => {
    const arrivals = answerOnce(() => failing(503, headers));
    const result = await chatCompletion(params, mock.config({ httpOptions: { retryDelay: 400 } }));
    expect(result).toEqual(["ok", chatFixture, expect.objectContaining({ status: 200 })]);
    expect(arrivals).toHaveLength(2);
    expect((arrivals[1] as number) - (arrivals[0] as number)).toBeGreaterThanOrEqual(300 - 5);
  });

  // The other way round: a backoff of 45-60 s would outlast the test's timeout.
  it.each([
    ["retry-after-ms: 5", { "retry-after-ms": "5" }],
    ["Retry-After: 0", { "retry-after": "0" }],
    ["retry-after-ms: 0 beside Retry-After: 3600", { "retry-after-ms": "0", "retry-after": "3600" }],
  ])("%s: the retry does not wait for the 60 s backoff", async (_name, headers) => {
    const arrivals = answerOnce(() => failing(503, headers));
    const result = await chatCompletion(params, mock.config({ httpOptions: { retryDelay: 60_000 } }));
    expect(result).toEqual(["ok", chatFixture, expect.objectContaining({ status: 200 })]);
    expect(arrivals).toHaveLength(2);
  });
});

describe("redirects", () => {
  it("a 302 to another origin is not followed: an http error, and the other origin sees nothing", async () => {
    const other = await startMockServer();
    try {
      mock.server.on("GET /models", { status: 302, headers: { location: `${other.url}/models` } });
      const result = await models(mock.config());
      expect(result).toEqual([
        "error",
        expect.objectContaining({ kind: "http", status: 302, headers: expect.objectContaining({ location: `${other.url}/models` }) }),
      ]);
      expect(other.requests).toHaveLength(0);
      expect(mock.server.requests).toHaveLength(1);
    } finally {
      await other.close();
    }
  });

  it("a same-origin redirect is followed, keeping method, body and headers", async () => {
    mock.server.on(CHAT, { status: 307, headers: { location: "/v1/chat/completions-moved" } }, 1);
    mock.server.on("POST /chat/completions-moved", { body: chatFixture });
    const result = await chatCompletion(params, mock.config());
    expect(result).toEqual(["ok", chatFixture, expect.objectContaining({ status: 200 })]);
    expect(mock.server.requests.map((request) => `${request.method} ${request.path}`)).toEqual([CHAT, "POST /chat/completions-moved"]);
    expect(mock.server.requests[1]?.json).toEqual(params);
    expect(mock.server.requests[1]?.headers.authorization).toBe(mock.server.requests[0]?.headers.authorization);
  });

  it("a 303 after a POST is followed with a GET without body or Content-Type", async () => {
    mock.server.on(CHAT, { status: 303, headers: { location: "/v1/models/gpt-4o-mini" } }, 1);
    const result = await chatCompletion(params, mock.config());
    expect(result).toEqual(["ok", expect.objectContaining({ id: "gpt-4o-mini" }), expect.anything()]);
    const second = mock.server.requests[1];
    expect(second).toMatchObject({ method: "GET", path: "/models/gpt-4o-mini", bodySize: 0 });
    expect(second?.headers).not.toHaveProperty("content-type");
  });

  it("a same-origin 302 for a GET is followed", async () => {
    mock.server.on("GET /models", { status: 302, headers: { location: `${mock.server.url}/models/gpt-4o-mini` } }, 1);
    const result = await models(mock.config());
    expect(result).toEqual(["ok", expect.objectContaining({ id: "gpt-4o-mini", object: "model" }), expect.anything()]);
    expect(mock.server.requests).toHaveLength(2);
  });

  it("an upload answered with a redirect is neither followed nor retried (default retries)", async () => {
    mock.server.on("POST /files", { status: 307, headers: { location: `${mock.server.url}/files-moved` } });
    const [status, error] = await filesUpload(new Blob(["a,b\n"]), { purpose: "batch" }, mock.config());
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "network", message: expect.stringContaining("uploads never follow redirects") });
    expect(mock.server.requests.map((request) => `${request.method} ${request.path}`)).toEqual(["POST /files"]);
  });

  it("a Location on a 503 is not followed: the request is retried where it was sent", async () => {
    mock.server.on("GET /models", { status: 503, headers: { location: "/v1/models/gpt-4o-mini" }, body: { error: { message: "busy" } } }, 1);
    const result = await models(mock.config());
    expect(result).toEqual(["ok", modelsList, expect.objectContaining({ status: 200 })]);
    expect(mock.server.requests.map((request) => request.path)).toEqual(["/models", "/models"]);
  });

  it.each([
    ["no Location", {}],
    ["an empty Location", { location: "" }],
  ])("a 302 with %s is an http error, not followed", async (_name, headers) => {
    mock.server.on("GET /models", { status: 302, headers, body: "" });
    const result = await models(mock.config());
    expect(result).toMatchObject(["error", { kind: "http", status: 302 }]);
    expect(mock.server.requests.map((request) => request.path)).toEqual(["/models"]);
  });

  it("a redirect loop stops with an http error", async () => {
    mock.server.on("GET /models", { status: 302, headers: { location: "/v1/models" } });
    const result = await models(mock.config());
    expect(result).toMatchObject(["error", { kind: "http", status: 302 }]);
    expect(mock.server.requests).toHaveLength(6); // the request and 5 redirects followed, no more
  });
});

describe("backoff between attempts", () => {
  it("doubles from retryDelay, is capped at 8 000 ms, and takes off up to 25 % jitter", () => {
    for (let run = 0; run < 200; run++) {
      for (const [attempt, full] of [
        [0, 500],
        [1, 1000],
        [2, 2000],
        [3, 4000],
        [4, 8000],
        [9, 8000],
      ] as const) {
        const wait = backoffMs(attempt, 500);
        expect(wait).toBeGreaterThanOrEqual(full * 0.75);
        expect(wait).toBeLessThanOrEqual(full);
      }
    }
    const waits = new Set(Array.from({ length: 50 }, () => backoffMs(2, 500)));
    expect(waits.size).toBeGreaterThan(1); // jitter: not always the same wait
  });
});
