import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/testing/index";
import modelsList from "../fixtures/models_list.json";
import chatCompletionFixture from "../fixtures/chat_completion.json";

// The mock server tested on its own, with plain fetch over real HTTP (no SDK involved).
let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.reset());

describe("startMockServer", () => {
  it("listens on 127.0.0.1 with the /v1 prefix", () => {
    expect(server.origin).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.url).toBe(`${server.origin}/v1`);
    expect(server.port).toBeGreaterThan(0);
  });

  it("records method, path, url, query, headers and an empty raw body for a GET", async () => {
    const response = await fetch(`${server.url}/models?limit=2&include[]=a&include[]=b`, { headers: { "X-Test": "yes" } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(modelsList);
    const seen = server.lastRequest();
    expect(seen).toMatchObject({
      method: "GET",
      path: "/models",
      url: "/v1/models?limit=2&include[]=a&include[]=b",
      query: { limit: "2", "include[]": ["a", "b"] },
      bodySize: 0,
    });
    expect(seen?.headers["x-test"]).toBe("yes");
    expect(seen?.rawBody).toEqual(new Uint8Array(0));
    expect(seen?.json).toBeUndefined();
    expect(server.requests).toHaveLength(1);
  });

  it("records the raw body and parsed JSON of a JSON POST, and route params", async () => {
    const payload = { model: "gpt-3.5-turbo", messages: [{ role: "user", content: "Hi" }] };
    const text = JSON.stringify(payload);
    const response = await fetch(`${server.url}/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: text });
    expect(await response.json()).toEqual(chatCompletionFixture);
    const seen = server.lastRequest();
    expect(seen?.json).toEqual(payload);
    expect(new TextDecoder().decode(seen?.rawBody)).toBe(text);
    expect(seen?.bodySize).toBe(Buffer.byteLength(text));

    await fetch(`${server.url}/models/gpt-4o-mini`);
    expect(server.lastRequest()?.params).toEqual({ model: "gpt-4o-mini" });
  });

  it("keeps the raw body of a non-JSON POST without parsing it", async () => {
    server.on("POST /echo", { body: { ok: true } });
    await fetch(`${server.url}/echo`, { method: "POST", headers: { "content-type": "text/plain" }, body: "plain words" });
    const seen = server.lastRequest();
    expect(new TextDecoder().decode(seen?.rawBody)).toBe("plain words");
    expect(seen?.json).toBeUndefined();
    expect(seen?.multipart).toBeUndefined();
  });

  it("parses a multipart body into fields and files", async () => {
    server.on("POST /files", { body: { id: "file-1" } });
    const form = new FormData();
    form.append("purpose", "fine-tune");
    form.append("include[]", "a");
    form.append("include[]", "b");
    form.append("file", new Blob(["line one\n"], { type: "application/jsonl" }), "train.jsonl");
    const response = await fetch(`${server.url}/files`, { method: "POST", body: form });
    expect(await response.json()).toEqual({ id: "file-1" });
    const multipart = server.lastRequest()?.multipart;
    expect(multipart?.fields).toEqual({ purpose: "fine-tune", "include[]": ["a", "b"] });
    expect(multipart?.files).toHaveLength(1);
    expect(multipart?.files[0]).toMatchObject({ field: "file", filename: "train.jsonl", contentType: "application/jsonl", size: 9 });
    expect(new TextDecoder().decode(multipart?.files[0]?.data)).toBe("line one\n");
  });

  it("answers 404 with an OpenAI error body for unknown routes, and records them", async () => {
    const response = await fetch(`${server.url}/nowhere`, { method: "PUT" });
    expect(response.status).toBe(404);
    const body = (await response.json()) as { error: { message: string; type: string } };
    expect(body.error.type).toBe("invalid_request_error");
    expect(body.error.message).toContain("PUT /v1/nowhere");
    expect(server.lastRequest()).toMatchObject({ method: "PUT", path: "/nowhere" });
  });

  it("overrides a route for `times` requests, newest first, then falls back", async () => {
    server.on("GET /models", { status: 500, body: { error: { message: "first" } } }, 1);
    server.on("GET /models", { status: 503, body: "second" }, 1);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await fetch(`${server.url}/models`);
      statuses.push(response.status);
      await response.arrayBuffer();
    }
    expect(statuses).toEqual([503, 500, 200]);
    expect(server.requests).toHaveLength(3);
  });

  it("an override without `times` lasts until reset, and a handler sees the request", async () => {
    server.on("GET /models/:model", (request) => ({ status: 201, headers: { "x-seen": request.params.model ?? "" }, body: { id: request.params.model } }));
    for (const id of ["a", "b"]) {
      const response = await fetch(`${server.url}/models/${id}`);
      expect(response.status).toBe(201);
      expect(response.headers.get("x-seen")).toBe(id);
      expect(await response.json()).toEqual({ id });
    }
    server.reset();
    expect(server.requests).toHaveLength(0);
    expect(server.lastRequest()).toBeUndefined();
    const response = await fetch(`${server.url}/models/gpt-4o-mini`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: "gpt-4o-mini", object: "model" });
  });

  it("sends strings as text, bytes as octet-stream, and custom headers, with an x-request-id", async () => {
    server.on("GET /text", { body: "hello" }, 1);
    server.on("GET /bytes", { body: new Uint8Array([1, 2, 3]) }, 1);
    const text = await fetch(`${server.url}/text`);
    expect(text.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(text.headers.get("x-request-id")).toMatch(/^req_mock_/);
    expect(await text.text()).toBe("hello");
    const bytes = await fetch(`${server.url}/bytes`);
    expect(bytes.headers.get("content-type")).toBe("application/octet-stream");
    expect(new Uint8Array(await bytes.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it("delays a reply (a client that gives up first sees no response)", async () => {
    server.on("GET /models", { delay: 5_000, body: modelsList }, 1);
    const controller = new AbortController();
    const pending = fetch(`${server.url}/models`, { signal: controller.signal });
    while (server.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    await expect(pending).rejects.toThrow();
    expect(server.requests).toHaveLength(1);
  });

  it("streams a body in chunks", async () => {
    server.on("GET /trickle", { body: "abcdefghij", chunkSize: 3, chunkDelay: 1 }, 1);
    const response = await fetch(`${server.url}/trickle`);
    expect(await response.text()).toBe("abcdefghij");
  });

  it("drops the connection before the headers", async () => {
    server.on("GET /models", { drop: "before-headers" }, 1);
    await expect(fetch(`${server.url}/models`)).rejects.toThrow();
    expect(server.requests).toHaveLength(1);
  });

  it("drops the connection half way through the body", async () => {
    server.on("GET /models", { drop: "mid-body", body: modelsList }, 1);
    const response = await fetch(`${server.url}/models`);
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
  });

  it("hangs after the headers and first chunks; close() ends open connections", async () => {
    const own = await startMockServer({ routes: { "GET /hang": { hang: true, sse: ["data: 1\n\n"] } } });
    const response = await fetch(`${own.url}/hang`);
    expect(response.status).toBe(200);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe("data: 1\n\n");
    const rest = reader.read();
    await own.close();
    // The connection was destroyed: the pending read fails instead of hanging forever.
    await expect(rest).rejects.toThrow();
  });

  it("options: a prefix and extra routes", async () => {
    const own = await startMockServer({ prefix: "/openai/v1/", routes: { "GET /extra": { body: { extra: true } } } });
    try {
      expect(own.url).toBe(`${own.origin}/openai/v1`);
      const response = await fetch(`${own.url}/extra`);
      expect(await response.json()).toEqual({ extra: true });
      expect(own.lastRequest()?.path).toBe("/extra");
    } finally {
      await own.close();
    }
  });
});
