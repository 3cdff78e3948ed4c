// The request loop against the mock server: where success ends, what an empty or broken 2xx body
// gives, and an abort while waiting between attempts.
import { describe, expect, it } from "vitest";
import { request } from "../../src/_internal/request";
import { useMockServer } from "../_helpers/mock";

const mock = useMockServer();
const ERROR_BODY = { error: { message: "nope", type: "t" } };

describe("request", () => {
  it("a 299 is a success", async () => {
    mock.server.on("GET /models", { status: 299, body: { id: "x" } });
    expect(await request({ method: "GET", path: "/models", send: "none", config: mock.config() })).toEqual([
      "ok",
      { id: "x" },
      expect.objectContaining({ status: 299 }),
    ]);
  });

  it("a 300 without Location is an error, not a success, and not retried", async () => {
    mock.server.on("GET /models", { status: 300, body: ERROR_BODY });
    expect(await request({ method: "GET", path: "/models", send: "none", config: mock.config() })).toEqual([
      "error",
      expect.objectContaining({ kind: "api", status: 300, message: "300 nope (GET /models)" }),
    ]);
    expect(mock.server.requests).toHaveLength(1);
  });

  it("an empty 200 is an http error unless the endpoint has an empty result; a 204 with a body too", async () => {
    mock.server.on("GET /models", { status: 200, body: "" });
    expect(await request({ method: "GET", path: "/models", send: "none", config: mock.config() })).toEqual([
      "error",
      expect.objectContaining({ kind: "http", status: 200, message: "200 no body where JSON was expected from GET /models: empty body" }),
    ]);
    mock.server.on("DELETE /models/m", { status: 200, body: "" });
    expect(await request({ method: "DELETE", path: "/models/m", send: "none", config: mock.config(), emptyResult: { deleted: true } })).toEqual([
      "ok",
      { deleted: true },
      expect.objectContaining({ status: 200 }),
    ]);
    mock.server.on("DELETE /models/m", { status: 204 });
    expect(await request({ method: "DELETE", path: "/models/m", send: "none", config: mock.config(), emptyResult: false })).toEqual([
      "ok",
      false,
      expect.objectContaining({ status: 204 }),
    ]);
  });

  it("a 2xx that is not JSON is a parse error with the body, scrubbed", async () => {
    mock.server.on("GET /models", { status: 200, headers: { "content-type": "application/json" }, body: `{"key":"${"sk-test-0123456789abcdefSECRET"}"` });
    expect(await request({ method: "GET", path: "/models", send: "none", config: mock.config() })).toEqual([
      "error",
      expect.objectContaining({ kind: "parse", body: '{"key":"[redacted]"' }),
    ]);
  });

  it("an error body echoing the key is scrubbed, and its headers too", async () => {
    mock.server.on("GET /models", {
      status: 401,
      headers: { "www-authenticate": "Bearer sk-test-0123456789abcdefSECRET" },
      body: "bad key sk-test-0123456789abcdefSECRET",
    });
    const [status, error] = await request({ method: "GET", path: "/models", send: "none", config: mock.config() });
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "http", status: 401, body: "bad key [redacted]", headers: { "www-authenticate": "Bearer [redacted]" } });
  });

  it("the caller's abort while waiting for the next attempt ends the call as aborted, with no further request", async () => {
    const caller = new AbortController();
    mock.server.on("GET /models", () => {
      setTimeout(() => caller.abort(), 50); // after the answer, during the minute-long wait
      return { status: 503, body: ERROR_BODY };
    });
    const result = await request({
      method: "GET",
      path: "/models",
      send: "none",
      config: mock.config({ httpOptions: { retryDelay: 60_000, signal: caller.signal } }),
    });
    expect(result).toEqual(["error", { kind: "aborted", message: "GET /models was aborted by the caller's signal" }]);
    expect(mock.server.requests).toHaveLength(1);
  });

  it("a multipart body that cannot be built is an argument error, and nothing is sent", async () => {
    const form = () => Promise.reject(new Error("unreadable file"));
    expect(await request({ method: "POST", path: "/files", send: "none", form, config: mock.config() })).toEqual([
      "error",
      { kind: "argument", argument: "params", message: "params cannot be sent as a form (unreadable file)" },
    ]);
    expect(mock.server.requests).toHaveLength(0);
  });

  it("params whose keys cannot be listed (a non-Error thrown) are an argument error, not a throw", async () => {
    const params = new Proxy(
      {},
      {
        ownKeys() {
          throw null; // not an Error: the message must still be built
        },
      },
    );
    expect(await request({ method: "POST", path: "/chat/completions", params, config: mock.config() })).toEqual([
      "error",
      { kind: "argument", argument: "arguments", message: "The arguments could not be read (undefined); pass plain objects and strings" },
    ]);
  });

  it("an error body cut half way is a network error of the request", async () => {
    mock.server.on("GET /models", { status: 500, drop: "mid-body", body: { error: { message: "x".repeat(5_000) } } });
    const [status, error] = await request({ method: "GET", path: "/models", send: "none", config: mock.config({ httpOptions: { retry: 0 } }) });
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "network", message: expect.stringMatching(/^Network error during GET \/models: /) });
  });

  it("a custom fetch's rejection is the network error's cause, without ofetch's wrapper", async () => {
    const fetch: typeof globalThis.fetch = () => Promise.reject(new TypeError("boom"));
    expect(await request({ method: "GET", path: "/models", send: "none", config: mock.config({ httpOptions: { fetch, retry: 0 } }) })).toEqual([
      "error",
      { kind: "network", cause: "boom", message: "Network error during GET /models: boom; check apiUrl and your connection" },
    ]);
  });
});
