import { createServer } from "node:net";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { chatCompletion } from "../src/api/chat/chatCompletion";
import { models } from "../src/api/models/models";
import { modelsDelete } from "../src/api/models/modelsDelete";
import { setConfig, type Config } from "../src/config";
import type { Result } from "../src/result";
import type { ChatCompletionParams } from "../src/types/chat";
import type { MockReply, RecordedRequest } from "../src/testing/index";
import { TEST_KEY, useMockServer } from "./_helpers/mock";

const mock = useMockServer();
const params: ChatCompletionParams = { model: "gpt-3.5-turbo", messages: [{ role: "user", content: "Hello!" }] };
const CHAT = "POST /chat/completions";
const noRetry = (extra: Config = {}) => mock.config({ ...extra, httpOptions: { retry: 0, ...extra.httpOptions } });

/** The key as the server received it, from the Authorization header. */
const keyOf = (request: RecordedRequest) => (request.headers.authorization ?? "").replace(/^Bearer /, "");

/** Asserts the tuple is an error of `kind` and that no printed form of it holds the key. */
function expectNoKey(result: Result<unknown>, kind: string): void {
  expect(result[0]).toBe("error");
  expect(result[1]).toMatchObject({ kind });
  for (const printed of [JSON.stringify(result), inspect(result, { depth: 20 }), String((result[1] as { message: string }).message)]) {
    expect(printed).not.toContain(TEST_KEY);
  }
}

describe("the API key never appears in an error tuple", () => {
  it("api: the server echoes the key in its error message", async () => {
    mock.server.on(CHAT, (request): MockReply => ({
      status: 401,
      body: { error: { message: `Incorrect API key provided: ${keyOf(request)}.`, type: "invalid_request_error", param: null, code: "invalid_api_key" } },
    }));
    const result = await chatCompletion(params, mock.config());
    expectNoKey(result, "api");
    expect(JSON.stringify(result)).toContain("Incorrect API key provided");
    expect(mock.server.lastRequest()?.headers.authorization).toBe(`Bearer ${TEST_KEY}`); // the key was really sent
  });

  it("api: the key echoed in a retried 429 with Retry-After", async () => {
    mock.server.on(CHAT, (request) => ({ status: 429, headers: { "retry-after": "3600" }, body: { error: { message: `slow down ${keyOf(request)}` } } }));
    expectNoKey(await chatCompletion(params, mock.config()), "api");
  });

  it("http: the key echoed in a non-JSON body", async () => {
    mock.server.on(CHAT, (request) => ({ status: 502, headers: { "content-type": "text/html" }, body: `<p>bad gateway for ${keyOf(request)}</p>` }));
    expectNoKey(await chatCompletion(params, noRetry()), "http");
  });

  it("http: the key echoed in a JSON body that is not an OpenAI error", async () => {
    mock.server.on(CHAT, (request) => ({
      status: 400,
      body: { detail: `your key ${keyOf(request)} is wrong`, echo: { authorization: request.headers.authorization } },
    }));
    expectNoKey(await chatCompletion(params, noRetry()), "http");
  });

  it("api and http: the key echoed in a response header", async () => {
    mock.server.on(
      CHAT,
      (request) => ({ status: 401, headers: { "x-echo": keyOf(request), "www-authenticate": `Bearer ${keyOf(request)}` }, body: { error: { message: "no" } } }),
      1,
    );
    expectNoKey(await chatCompletion(params, noRetry()), "api");
    mock.server.on(CHAT, (request) => ({ status: 500, headers: { "x-echo": keyOf(request) }, body: "oops" }), 1);
    expectNoKey(await chatCompletion(params, noRetry()), "http");
  });

  it("parse: the key echoed in a malformed 2xx body", async () => {
    mock.server.on(CHAT, (request) => ({ headers: { "content-type": "application/json" }, body: `{"echo": "${keyOf(request)}"` }));
    expectNoKey(await chatCompletion(params, mock.config()), "parse");
  });

  it("timeout", async () => {
    mock.server.on(CHAT, { delay: 2_000, body: {} });
    expectNoKey(await chatCompletion(params, mock.config({ httpOptions: { timeout: 30 } })), "timeout");
  });

  it("network: refused, dropped before headers, dropped mid-body", async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const port = (probe.address() as { port: number }).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    expectNoKey(await chatCompletion(params, noRetry({ apiUrl: `http://127.0.0.1:${port}/v1` })), "network");

    mock.server.on(CHAT, { drop: "before-headers" }, 1);
    expectNoKey(await chatCompletion(params, noRetry()), "network");
    mock.server.on(CHAT, (request) => ({ drop: "mid-body", body: { echo: keyOf(request), padding: "z".repeat(2_000) } }), 1);
    expectNoKey(await chatCompletion(params, noRetry()), "network");
  });

  it("aborted", async () => {
    expectNoKey(await chatCompletion(params, mock.config({ httpOptions: { signal: AbortSignal.abort() } })), "aborted");
  });

  it("config: a key with a control character, and a missing key", async () => {
    const result = await chatCompletion(params, mock.config({ apiKey: `${TEST_KEY}\r\n` }));
    expectNoKey(result, "config");
    expectNoKey(setConfig({ apiKey: `${TEST_KEY}\n` }) as Result<unknown>, "config");
  });

  it("argument: the key passed where the config or params belong", async () => {
    expectNoKey(await chatCompletion(params, TEST_KEY as unknown as Config), "argument");
    expectNoKey(await chatCompletion({ ...params, apiKey: TEST_KEY } as ChatCompletionParams, mock.config()), "argument");
    expectNoKey(await models(TEST_KEY as unknown as Config & string, 5 as unknown as Config), "argument");
    expectNoKey(await modelsDelete({ apiKey: TEST_KEY } as unknown as string, mock.config()), "argument");
    expect(mock.server.requests).toHaveLength(0);
  });

  it("a key set with setConfig or the environment is scrubbed too", async () => {
    setConfig({ apiKey: TEST_KEY, apiUrl: mock.server.url, httpOptions: { retry: 0 } });
    mock.server.on(CHAT, (request) => ({ status: 500, body: `echo ${keyOf(request)}` }));
    expectNoKey(await chatCompletion(params), "http");
  });
});
