import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../../src/testing/index";
import modelsList from "../../fixtures/models_list.json";
import { postJson, send } from "./_http";

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.reset());

const PARSE_ERROR = {
  error: {
    message: "We could not parse the JSON body of your request. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.",
    type: "invalid_request_error",
    param: null,
    code: null,
  },
};

describe("JSON bodies the default routes cannot use", () => {
  it.each(["/chat/completions", "/embeddings", "/batches", "/vector_stores/vs_1/files"])(
    "POST %s with unparseable JSON is a 400, and the raw body is recorded",
    async (path) => {
      const reply = await postJson(server, path, '{"model": "gpt-4o-mini",');
      expect([reply.status, reply.json]).toEqual([400, PARSE_ERROR]);
      const seen = server.lastRequest();
      expect(new TextDecoder().decode(seen?.rawBody)).toBe('{"model": "gpt-4o-mini",');
      expect(seen?.json).toBeUndefined();
      expect(seen?.path).toBe(path);
    },
  );

  it.each([
    ["null", "null"],
    ["[1,2]", "an array"],
    ['"text"', "a string"],
    ["42", "a number"],
  ])("POST /chat/completions with the JSON %s is a 400 naming what came", async (body, kind) => {
    const reply = await postJson(server, "/chat/completions", body);
    expect([reply.status, reply.json]).toEqual([
      400,
      { error: { message: `Invalid body: expected a JSON object, but got ${kind} instead.`, type: "invalid_request_error", param: null, code: null } },
    ]);
    expect(server.lastRequest()?.json).toEqual(JSON.parse(body));
  });

  it("your own routes get such bodies as they are", async () => {
    server.on("POST /chat/completions", (request) => ({ body: { json: request.json ?? "absent", raw: new TextDecoder().decode(request.rawBody) } }));
    expect((await postJson(server, "/chat/completions", "{oops")).json).toEqual({ json: "absent", raw: "{oops" });
    expect((await postJson(server, "/chat/completions", "null")).json).toEqual({ json: "absent", raw: "null" });
  });

  it("an empty body and non-JSON content types are not checked", async () => {
    const cancel = await send(server, "POST", "/v1/batches/batch_1/cancel", "", { "content-type": "application/json" });
    expect(cancel.status).toBe(200);
    server.on("POST /echo", { body: { ok: true } });
    expect((await send(server, "POST", "/v1/echo", "{oops", { "content-type": "text/plain" })).status).toBe(200);
  });
});

describe("malformed percent-encoding in the path", () => {
  it.each(["/v1/models/%E0%A4%A", "/v1/models/%ZZ", "/v1/files/%/content"])("GET %s is an OpenAI-shaped 400, recorded", async (target) => {
    const reply = await send(server, "GET", target);
    expect(reply.status).toBe(400);
    expect(reply.json).toEqual({
      error: { message: `Invalid URL (GET ${target}): a path segment is not valid percent-encoding.`, type: "invalid_request_error", param: null, code: null },
    });
    expect(server.lastRequest()).toMatchObject({ method: "GET", url: target, path: target.slice(3), params: {} });
  });
});

describe("the recorded path is what was requested", () => {
  it.each([
    ["//v1/models", "//v1/models"],
    ["/v10/models", "/v10/models"],
    ["/v1models", "/v1models"],
    ["/models", "/models"],
  ])("GET %s is outside the prefix: a 404, recorded with its real path", async (target, path) => {
    const reply = await send(server, "GET", `${target}?limit=2`);
    expect(reply.status).toBe(404);
    expect(reply.json).toEqual({ error: { message: `Invalid URL (GET ${target}?limit=2)`, type: "invalid_request_error", param: null, code: null } });
    expect(server.lastRequest()).toMatchObject({ method: "GET", path, url: `${target}?limit=2`, query: { limit: "2" } });
  });

  it("a doubled slash or dot segment after the prefix is kept (and answers 404)", async () => {
    for (const target of ["/v1//models", "/v1/x/../models"]) {
      expect((await send(server, "GET", target)).status).toBe(404);
      expect(server.lastRequest()?.path).toBe(target.slice(3));
    }
  });

  it("the prefix alone, with or without a slash, is the path /", async () => {
    server.on("GET /", { body: { root: true } });
    for (const target of ["/v1", "/v1/"]) {
      expect((await send(server, "GET", target)).json).toEqual({ root: true });
      expect(server.lastRequest()?.path).toBe("/");
    }
  });

  it("a trailing slash still answers; a route of your own may answer outside the prefix", async () => {
    expect((await send(server, "GET", "/v1/models/")).json).toEqual(modelsList);
    server.on("POST /openai/deployments/d1/chat/completions", { body: { azure: true } });
    const reply = await send(server, "POST", "/openai/deployments/d1/chat/completions?api-version=1", "{}", { "content-type": "application/json" });
    expect(reply.json).toEqual({ azure: true });
    expect(server.lastRequest()).toMatchObject({ path: "/openai/deployments/d1/chat/completions", query: { "api-version": "1" } });
  });
});
