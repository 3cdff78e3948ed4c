import { getEventListeners } from "node:events";
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { chatCompletion } from "../src/api/chat/chatCompletion";
import { models } from "../src/api/models/models";
import { modelsDelete } from "../src/api/models/modelsDelete";
import type { Config } from "../src/config";
import type { ChatCompletionParams } from "../src/types/chat";
import chatFixture from "../fixtures/chat_completion.json";
import { TEST_KEY, useMockServer } from "./_helpers/mock";

const mock = useMockServer();
const params: ChatCompletionParams = { model: "gpt-3.5-turbo", messages: [{ role: "user", content: "Hello!" }] };
const CHAT = "POST /chat/completions";
const anyHeaders = expect.objectContaining({ "x-request-id": expect.any(String) });
const noRetry = (extra: Config = {}) => mock.config({ ...extra, httpOptions: { retry: 0, ...extra.httpOptions } });

/** A port that was open a moment ago and is now closed: connecting to it is refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("api errors: a non-2xx with an OpenAI error body", () => {
  const body401 = {
    error: { message: "Incorrect API key provided: sk-abc***xyz.", type: "invalid_request_error", param: null, code: "invalid_api_key" },
  };

  it("maps status, message, error, body, headers and requestId", async () => {
    mock.server.on(CHAT, { status: 401, headers: { "x-request-id": "req_401" }, body: body401 });
    const result = await chatCompletion(params, mock.config());
    expect(result).toEqual([
      "error",
      {
        kind: "api",
        status: 401,
        message: expect.stringMatching(/^401 Incorrect API key provided.*\(POST \/chat\/completions\)$/),
        error: body401.error,
        body: body401,
        headers: expect.objectContaining({ "x-request-id": "req_401", "content-type": "application/json" }),
        requestId: "req_401",
      },
    ]);
    expect(mock.server.requests).toHaveLength(1);
  });

  it("names the method and path of the call in the message", async () => {
    const [, error] = await models("gpt-nope", mock.config());
    expect(error).toMatchObject({ kind: "api", status: 404, error: { code: "model_not_found" } });
    expect((error as { message: string }).message).toContain("GET /models/gpt-nope");
  });

  it("carries retryAfter (ms) from retry-after-ms", async () => {
    const body = { error: { message: "Rate limit reached", type: "requests", param: null, code: "rate_limit_exceeded" } };
    mock.server.on(CHAT, { status: 429, headers: { "retry-after-ms": "1500" }, body });
    const result = await chatCompletion(params, noRetry());
    expect(result).toEqual([
      "error",
      {
        kind: "api",
        status: 429,
        message: expect.stringContaining("Rate limit reached"),
        error: body.error,
        body,
        headers: anyHeaders,
        requestId: expect.any(String),
        retryAfter: 1500,
      },
    ]);
  });

  it("carries retryAfter from Retry-After in seconds", async () => {
    mock.server.on(CHAT, { status: 503, headers: { "retry-after": "2" }, body: { error: { message: "Overloaded" } } });
    const [, error] = await chatCompletion(params, noRetry());
    expect(error).toMatchObject({ kind: "api", status: 503, retryAfter: 2000 });
  });
});

describe("http errors: a non-2xx (or empty 2xx) with any other body", () => {
  it("an HTML 502 keeps the text", async () => {
    const html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    mock.server.on(CHAT, { status: 502, headers: { "content-type": "text/html" }, body: html });
    const result = await chatCompletion(params, noRetry());
    expect(result).toEqual([
      "error",
      {
        kind: "http",
        status: 502,
        message: expect.stringContaining(CHAT),
        body: html,
        headers: expect.objectContaining({ "content-type": "text/html" }),
        requestId: expect.any(String),
      },
    ]);
    expect((result[1] as { message: string }).message).toContain("502");
  });

  it("an empty 2xx where JSON was due", async () => {
    for (const status of [200, 204]) {
      mock.server.on(CHAT, { status }, 1);
      const result = await chatCompletion(params, mock.config());
      expect(result).toEqual([
        "error",
        {
          kind: "http",
          status,
          message: expect.stringContaining(CHAT),
          body: "",
          headers: anyHeaders,
          requestId: expect.any(String),
        },
      ]);
    }
  });

  it("an empty 500", async () => {
    mock.server.on(CHAT, { status: 500 });
    const result = await chatCompletion(params, noRetry());
    expect(result).toEqual([
      "error",
      { kind: "http", status: 500, message: expect.stringContaining("500"), body: "", headers: anyHeaders, requestId: expect.any(String) },
    ]);
  });

  it("problem+json keeps the parsed object", async () => {
    const problem = { type: "about:blank", title: "Bad Request", status: 400, detail: "api-version is required" };
    mock.server.on(CHAT, { status: 400, headers: { "content-type": "application/problem+json" }, body: problem });
    const result = await chatCompletion(params, mock.config());
    expect(result).toEqual([
      "error",
      {
        kind: "http",
        status: 400,
        message: expect.stringContaining("api-version is required"),
        body: problem,
        headers: expect.objectContaining({ "content-type": "application/problem+json" }),
        requestId: expect.any(String),
      },
    ]);
  });

  it("a JSON body whose error is not an object is http, not api", async () => {
    mock.server.on(CHAT, { status: 400, body: { error: "bad things" } });
    const [, error] = await chatCompletion(params, mock.config());
    expect(error).toMatchObject({ kind: "http", status: 400, body: { error: "bad things" } });
  });
});

describe("timeout", () => {
  it("no response headers within httpOptions.timeout", async () => {
    mock.server.on(CHAT, { delay: 3_000, body: chatFixture });
    const result = await chatCompletion(params, mock.config({ httpOptions: { timeout: 50 } }));
    expect(result).toEqual(["error", { kind: "timeout", timeout: 50, message: expect.stringContaining(CHAT) }]);
  });

  it("a body that trickles in past httpOptions.timeout", async () => {
    mock.server.on(CHAT, { body: { ...chatFixture, padding: "x".repeat(4_000) }, chunkSize: 64, chunkDelay: 25 });
    const result = await chatCompletion(params, mock.config({ httpOptions: { timeout: 300 } }));
    expect(result).toEqual(["error", { kind: "timeout", timeout: 300, message: expect.any(String) }]);
  });
});

describe("network errors", () => {
  it("connection refused", async () => {
    const port = await closedPort();
    const result = await chatCompletion(params, mock.config({ apiUrl: `http://127.0.0.1:${port}/v1` }));
    expect(result).toEqual(["error", { kind: "network", cause: expect.stringContaining("ECONNREFUSED"), message: expect.stringContaining(CHAT) }]);
  });

  it("the connection dropped before the response headers", async () => {
    mock.server.on(CHAT, { drop: "before-headers" });
    const result = await chatCompletion(params, noRetry());
    expect(result).toEqual(["error", { kind: "network", cause: expect.any(String), message: expect.stringContaining(CHAT) }]);
  });

  it("the connection dropped half way through the body", async () => {
    mock.server.on(CHAT, { drop: "mid-body", body: chatFixture });
    const result = await chatCompletion(params, noRetry());
    expect(result).toEqual(["error", { kind: "network", cause: expect.any(String), message: expect.stringContaining(CHAT) }]);
  });
});

describe("aborted", () => {
  it("a signal aborted before the call: nothing is sent", async () => {
    const result = await chatCompletion(params, mock.config({ httpOptions: { signal: AbortSignal.abort() } }));
    expect(result).toEqual(["error", { kind: "aborted", message: expect.stringContaining(CHAT) }]);
    expect(mock.server.requests).toHaveLength(0);
  });

  it("a signal aborted while the server is answering", async () => {
    const controller = new AbortController();
    mock.server.on(CHAT, () => {
      controller.abort();
      return { delay: 3_000, body: chatFixture };
    });
    const result = await chatCompletion(params, mock.config({ httpOptions: { signal: controller.signal } }));
    expect(result).toEqual(["error", { kind: "aborted", message: expect.any(String) }]);
    expect(mock.server.requests).toHaveLength(1);
  });

  it("a signal aborted while the body is being read", async () => {
    const controller = new AbortController();
    mock.server.on(CHAT, () => {
      setTimeout(() => controller.abort(), 50);
      return { body: { ...chatFixture, padding: "x".repeat(4_000) }, chunkSize: 64, chunkDelay: 25 };
    });
    const result = await chatCompletion(params, mock.config({ httpOptions: { signal: controller.signal } }));
    expect(result).toEqual(["error", { kind: "aborted", message: expect.any(String) }]);
  });

  it("a signal aborted during a retry backoff: no further attempt", async () => {
    const controller = new AbortController();
    mock.server.on(CHAT, () => {
      setTimeout(() => controller.abort(), 50);
      return { status: 503, headers: { "retry-after-ms": "30000" }, body: { error: { message: "Overloaded" } } };
    });
    const result = await chatCompletion(params, mock.config({ httpOptions: { signal: controller.signal } }));
    expect(result).toEqual(["error", { kind: "aborted", message: expect.any(String) }]);
    expect(mock.server.requests).toHaveLength(1);
  });
});

describe("a long-lived signal shared by many calls", () => {
  it("keeps no abort listener after successes, errors, retries and timeouts", async () => {
    const controller = new AbortController();
    const config = mock.config({ httpOptions: { signal: controller.signal } });
    mock.server.on(CHAT, { status: 500, body: { error: { message: "x" } } }, 2);
    expect((await chatCompletion(params, config))[0]).toBe("ok"); // two retries, then the default reply
    mock.server.on(CHAT, { status: 400, body: { error: { message: "x" } } }, 1);
    expect((await chatCompletion(params, config))[0]).toBe("error");
    mock.server.on(CHAT, { delay: 1_000, body: chatFixture }, 1);
    expect(await chatCompletion(params, { ...config, httpOptions: { ...config.httpOptions, timeout: 20 } })).toMatchObject(["error", { kind: "timeout" }]);
    for (let i = 0; i < 20; i++) await models(config);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });
});

describe("parse errors: a 2xx whose body should be JSON and is not", () => {
  it("malformed JSON", async () => {
    mock.server.on(CHAT, { headers: { "content-type": "application/json" }, body: '{"id": "chatcmpl-1", ' });
    const result = await chatCompletion(params, mock.config());
    expect(result).toEqual(["error", { kind: "parse", body: '{"id": "chatcmpl-1", ', message: expect.stringContaining(CHAT) }]);
  });

  it("keeps only the first KB of the body", async () => {
    const text = `<html>${"y".repeat(5_000)}</html>`;
    mock.server.on(CHAT, { headers: { "content-type": "text/html" }, body: text });
    const result = await chatCompletion(params, mock.config());
    expect(result).toEqual(["error", { kind: "parse", body: text.slice(0, 1024), message: expect.any(String) }]);
    expect((result[1] as { body: string }).body).toHaveLength(1024);
  });
});

describe("config errors", () => {
  it("no API key for OpenAI's host", async () => {
    const result = await chatCompletion(params, { apiUrl: "https://api.openai.com/v1" });
    expect(result).toEqual(["error", { kind: "config", message: expect.stringContaining("OPENAI_API_KEY") }]);
  });

  it("an apiUrl that is not an http(s) URL", async () => {
    for (const apiUrl of ["localhost:8080/v1", "ftp://example.com/v1", ""]) {
      const result = await chatCompletion(params, mock.config({ apiUrl }));
      expect(result).toEqual(["error", { kind: "config", message: expect.stringContaining("apiUrl") }]);
    }
    expect(mock.server.requests).toHaveLength(0);
  });

  it("a bad httpOptions value", async () => {
    const result = await chatCompletion(params, mock.config({ httpOptions: { timeout: -5 } }));
    expect(result).toEqual(["error", { kind: "config", message: expect.stringContaining("timeout") }]);
  });
});

describe("argument errors: nothing is sent", () => {
  it("an id that is not a non-empty string", async () => {
    for (const id of [42, null, undefined, {}, ""]) {
      const result = await modelsDelete(id as unknown as string, mock.config());
      expect(result).toEqual(["error", { kind: "argument", argument: "model", message: expect.stringContaining("model") }]);
    }
    expect(mock.server.requests).toHaveLength(0);
  });

  it("params that are not a plain object", async () => {
    for (const value of ["hello", 42, null, undefined, [], new Date(), new Map(), () => 1]) {
      const result = await chatCompletion(value as unknown as ChatCompletionParams, mock.config());
      expect(result).toEqual(["error", { kind: "argument", argument: "params", message: expect.stringContaining("params") }]);
    }
    expect(mock.server.requests).toHaveLength(0);
  });

  it("params carrying a config key are a misplaced config", async () => {
    for (const key of ["apiKey", "apiUrl", "httpOptions", "organizationKey", "projectKey", "beta"]) {
      const value = key === "httpOptions" ? { timeout: 1 } : TEST_KEY;
      const result = await chatCompletion({ ...params, [key]: value } as ChatCompletionParams, mock.config());
      expect(result).toEqual(["error", { kind: "argument", argument: "params", message: expect.stringContaining(key) }]);
      expect(JSON.stringify(result)).not.toContain(TEST_KEY);
    }
    expect(mock.server.requests).toHaveLength(0);
  });

  it("a config that is not an object", async () => {
    for (const value of [TEST_KEY, 42, true, [], () => 1]) {
      const result = await chatCompletion(params, value as unknown as Config);
      expect(result).toEqual(["error", { kind: "argument", argument: "config", message: expect.stringContaining("config") }]);
      expect(JSON.stringify(result)).not.toContain(TEST_KEY);
    }
    expect(mock.server.requests).toHaveLength(0);
  });

  it("an unknown per-call config key", async () => {
    const result = await chatCompletion(params, { ...mock.config(), apiKye: "x" } as Config);
    expect(result).toEqual(["error", { kind: "argument", argument: "config", message: expect.stringContaining("apiKye") }]);
    expect(mock.server.requests).toHaveLength(0);
  });

  it("getters that throw, in params and in config", async () => {
    const badParams = { ...params };
    Object.defineProperty(badParams, "temperature", {
      enumerable: true,
      get: () => {
        throw new Error("boom");
      },
    });
    const badConfig = { ...mock.config() };
    Object.defineProperty(badConfig, "apiKey", {
      enumerable: true,
      get: () => {
        throw new Error("boom");
      },
    });
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("boom");
        },
      },
    );
    for (const [p, c] of [
      [badParams, mock.config()],
      [params, badConfig],
      [hostile, mock.config()],
      [params, hostile],
    ] as const) {
      let result: unknown;
      await expect(
        (async () => {
          result = await chatCompletion(p as ChatCompletionParams, c as Config);
        })(),
      ).resolves.toBeUndefined();
      expect(result).toEqual(["error", expect.objectContaining({ kind: "argument", message: expect.any(String) })]);
    }
    expect(mock.server.requests).toHaveLength(0);
  });

  it("a caller's signal whose addEventListener throws", async () => {
    const signal = {
      aborted: false,
      addEventListener: () => {
        throw new Error("boom");
      },
      removeEventListener: () => undefined,
    };
    const result = await chatCompletion(params, mock.config({ httpOptions: { signal: signal as unknown as AbortSignal } }));
    expect(result).toEqual(["error", { kind: "argument", argument: "arguments", message: expect.stringContaining("boom") }]);
    expect(mock.server.requests).toHaveLength(0);
  });

  it("params that cannot be JSON (a BigInt, a cycle)", async () => {
    const cyclic: Record<string, unknown> = { ...params };
    cyclic.self = cyclic;
    for (const value of [{ ...params, seed: 10n }, cyclic]) {
      const result = await chatCompletion(value as unknown as ChatCompletionParams, mock.config());
      expect(result).toEqual(["error", { kind: "argument", argument: "params", message: expect.any(String) }]);
    }
    expect(mock.server.requests).toHaveLength(0);
  });
});

describe("success is any 2xx", () => {
  it.each([200, 201, 202])("%i with a JSON body is ok", async (status) => {
    mock.server.on(CHAT, { status, body: chatFixture });
    const result = await chatCompletion(params, mock.config());
    expect(result).toEqual(["ok", chatFixture, expect.objectContaining({ status, requestId: expect.any(String) })]);
  });
});
