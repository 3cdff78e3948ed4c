/** The mock server is as strict as the API where users' tests would otherwise pass wrongly (issue 20). */
import { afterEach, describe, expect, it } from "vitest";
import { audioTranscription, chatCompletion, models } from "../../src/index";
import { startMockServer, type MockServer } from "../../src/testing/index";
import formats from "../../fixtures/transcription_formats.json";
import { TEST_KEY } from "../_helpers/mock";

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});
const start = async (options?: Parameters<typeof startMockServer>[0]) => (server = await startMockServer(options));
const RATE_LIMIT_HEADERS = {
  "x-ratelimit-limit-requests": "10000",
  "x-ratelimit-limit-tokens": "2000000",
  "x-ratelimit-remaining-requests": "9999",
  "x-ratelimit-remaining-tokens": "1999000",
  "x-ratelimit-reset-requests": "6ms",
  "x-ratelimit-reset-tokens": "30ms",
};

describe("unknown paths", () => {
  it("an apiUrl without /v1 gets the API's 404, not a model list", async () => {
    const mock = await start();
    const result = await models({ apiUrl: mock.origin, apiKey: TEST_KEY });
    const error = { message: "Invalid URL (GET /models)", type: "invalid_request_error", param: null, code: null };
    expect(result).toEqual([
      "error",
      {
        kind: "api",
        status: 404,
        message: "404 Invalid URL (GET /models) (GET /models)",
        error,
        body: { error },
        headers: expect.objectContaining({ "content-type": "application/json" }),
        requestId: expect.stringMatching(/^req_mock_/),
      },
    ]);
    expect(mock.lastRequest()).toMatchObject({ method: "GET", path: "/models", url: "/models" });
  });

  it("a path no route knows under /v1 is a 404 of the same shape", async () => {
    const mock = await start();
    const reply = await fetch(`${mock.url}/chat/completion`, { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    expect(reply.status).toBe(404);
    expect(await reply.json()).toEqual({
      error: { message: "Invalid URL (POST /v1/chat/completion)", type: "invalid_request_error", param: null, code: null },
    });
  });
});

describe("rate-limit headers", () => {
  it("every reply carries x-ratelimit-* headers, so meta.rateLimit is filled", async () => {
    const mock = await start();
    const [status, , meta] = await models({ apiUrl: mock.url, apiKey: TEST_KEY });
    expect(status).toBe("ok");
    expect(meta?.rateLimit).toEqual({
      limitRequests: 10000,
      limitTokens: 2000000,
      remainingRequests: 9999,
      remainingTokens: 1999000,
      resetRequests: "6ms",
      resetTokens: "30ms",
    });
    expect(meta?.headers).toMatchObject(RATE_LIMIT_HEADERS);
    const notFound = await fetch(`${mock.origin}/models`);
    expect(Object.fromEntries(notFound.headers)).toMatchObject(RATE_LIMIT_HEADERS);
  });

  it("are configurable, can be turned off, and a handler's own headers win", async () => {
    const mock = await start({ rateLimit: { remainingRequests: 0, resetRequests: "1s" } });
    mock.on("GET /models/:model", { headers: { "X-RateLimit-Remaining-Tokens": "5" }, body: { id: "m", object: "model", created: 0, owned_by: "me" } });
    const [, , meta] = await models({ apiUrl: mock.url, apiKey: TEST_KEY });
    expect(meta?.rateLimit).toEqual({
      limitRequests: 10000,
      limitTokens: 2000000,
      remainingRequests: 0,
      remainingTokens: 1999000,
      resetRequests: "1s",
      resetTokens: "30ms",
    });
    const [, , overridden] = await models("m", { apiUrl: mock.url, apiKey: TEST_KEY });
    expect(overridden?.rateLimit).toMatchObject({ remainingRequests: 0, remainingTokens: 5 });
    await mock.close();
    const quiet = await start({ rateLimit: false });
    const [, , none] = await chatCompletion({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] }, { apiUrl: quiet.url, apiKey: TEST_KEY });
    expect(none?.rateLimit).toBeUndefined();
    expect(Object.keys(none?.headers ?? {}).filter((name) => name.startsWith("x-ratelimit"))).toEqual([]);
  });
});

describe("timestamp_granularities", () => {
  const WAV = new File([new Uint8Array([82, 73, 70, 70])], "hello.wav", { type: "audio/wav" });
  const { segments, ...text } = formats.verbose_json;
  const words = [
    { word: "I've", start: 0, end: 0.46 },
    { word: "seen", start: 0.46, end: 0.91 },
    { word: "things", start: 0.91, end: 1.37 },
    { word: "you", start: 1.37, end: 1.83 },
    { word: "people", start: 1.83, end: 2.29 },
    { word: "wouldn't", start: 2.29, end: 2.74 },
    { word: "believe..", start: 2.74, end: 3.2 },
  ];

  it.each([
    [undefined, { ...text, segments }],
    [["segment"], { ...text, segments }],
    [["word"], { ...text, words }],
    [["word", "segment"], { ...text, words, segments }],
  ] as const)("%j returns the words and segments asked for", async (granularities, body) => {
    const mock = await start();
    const params = { model: "whisper-1", response_format: "verbose_json", ...(granularities && { timestamp_granularities: [...granularities] }) } as const;
    const result = await audioTranscription(WAV, params, { apiUrl: mock.url, apiKey: TEST_KEY });
    expect(result).toEqual(["ok", body, expect.objectContaining({ status: 200 })]);
  });
});
