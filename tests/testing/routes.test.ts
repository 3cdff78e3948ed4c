import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../../src/testing/index";
import modelsList from "../../fixtures/models_list.json";
import { send } from "./_http";

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.reset());

describe("options.routes take precedence over the default routes", () => {
  it("a parameter route of another name, a literal route, and a lower-case method all answer", async () => {
    const own = await startMockServer({
      routes: {
        "GET /models/my-model": { body: { id: "literal" } },
        "GET /models/:id": (request) => ({ status: 202, body: { id: request.params.id } }),
        "post /chat/completions": { status: 418, body: { mine: true } },
      },
    });
    try {
      const literal = await send(own, "GET", "/v1/models/my-model");
      expect([literal.status, literal.json]).toEqual([200, { id: "literal" }]);
      const param = await send(own, "GET", "/v1/models/gpt-4o-mini");
      expect([param.status, param.json]).toEqual([202, { id: "gpt-4o-mini" }]);
      expect(own.lastRequest()?.params).toEqual({ id: "gpt-4o-mini" });
      const chat = await send(own, "POST", "/v1/chat/completions", "{}", { "content-type": "application/json" });
      expect([chat.status, chat.json]).toEqual([418, { mine: true }]);
      // defaults still answer what the user routes do not cover
      const list = await send(own, "GET", "/v1/models");
      expect([list.status, list.json]).toEqual([200, modelsList]);
    } finally {
      await own.close();
    }
  });

  it("on() overrides come before options.routes, and reset() falls back to them", async () => {
    const own = await startMockServer({ routes: { "GET /models": { body: { from: "options" } } } });
    try {
      own.on("get /models", { body: { from: "on" } });
      expect((await send(own, "GET", "/v1/models")).json).toEqual({ from: "on" });
      own.reset();
      expect((await send(own, "GET", "/v1/models")).json).toEqual({ from: "options" });
    } finally {
      await own.close();
    }
  });

  it("a literal segment matches the segment percent-encoded or not (ft:x and ft%3Ax)", async () => {
    server.on("GET /models/ft:busy", { status: 503, body: "busy" });
    expect((await send(server, "GET", "/v1/models/ft%3Abusy")).status).toBe(503);
    expect((await send(server, "GET", "/v1/models/ft:busy")).status).toBe(503);
    const other = await send(server, "GET", "/v1/models/ft%3Aslow");
    expect([other.status, other.json]).toMatchObject([200, { id: "ft:slow" }]);
  });
});

describe("route patterns that can never match are refused", () => {
  const BAD: Array<[string, RegExp]> = [
    ["GET models", /must start with \//],
    ["GET /models?limit=2", /query/],
    ["GET /models/", /trailing slash/],
    ["/models/:m", /method/],
    ["GET", /method, one space, then the path/],
    ["GET /models//x", /empty segment/],
    ["GET /models/:", /not a parameter/],
    ["GET /a/:id/b/:id", /:id appears twice/],
    ["GE-T /models", /not an HTTP method/],
  ];

  it.each(BAD)("on(%j) throws", (route, why) => {
    expect(() => server.on(route, { body: {} })).toThrowError(why);
    expect(() => server.on(route, { body: {} })).toThrowError(`Mock route ${JSON.stringify(route)} can never match`);
  });

  it.each(BAD)("startMockServer({ routes: { %j } }) rejects", async (route, why) => {
    await expect(startMockServer({ routes: { [route]: { body: {} } } })).rejects.toThrowError(why);
  });

  it("times must be a positive integer", () => {
    expect(() => server.on("GET /models", { body: {} }, 0)).toThrowError(/times must be a positive integer, got 0/);
    expect(() => server.on("GET /models", { body: {} }, 1.5)).toThrowError(/times must be a positive integer/);
  });

  it("a refused on() leaves the routes as they were", async () => {
    expect(() => server.on("GET /models/", { status: 500 })).toThrow();
    const reply = await send(server, "GET", "/v1/models/");
    expect([reply.status, reply.json]).toEqual([200, modelsList]);
    expect(server.lastRequest()?.path).toBe("/models/");
  });
});
