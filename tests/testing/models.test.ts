import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../../src/testing/index";
import modelFixture from "../../fixtures/model.json";
import { postJson, send } from "./_http";

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.reset());

const REAL = ["gpt-4", "o3-mini", "gpt-5", "text-embedding-3-large", "gpt-4o-mini", "ft:gpt-4o-mini:acme::x"];
const MISSING = ["gpt-nope", "embed-nope", "moderation-nope", "gpt-nonexistent", "no-such-model", "nope", "model-does-not-exist", "Unknown-Model"];

describe("model names on the default routes", () => {
  it.each(REAL)("GET /models/%s answers the model object", async (id) => {
    const reply = await send(server, "GET", `/v1/models/${encodeURIComponent(id)}`);
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ ...modelFixture, id });
    expect(server.lastRequest()?.params).toEqual({ model: id });
  });

  it.each(MISSING)("GET and DELETE /models/%s answer 404 model_not_found", async (id) => {
    for (const method of ["GET", "DELETE"]) {
      const reply = await send(server, method, `/v1/models/${id}`);
      expect(reply.status).toBe(404);
      expect(reply.json).toEqual({
        error: { message: `The model '${id}' does not exist`, type: "invalid_request_error", param: "model", code: "model_not_found" },
      });
    }
  });

  it.each(REAL)("chat, embeddings, moderations, completions and responses accept %s", async (model) => {
    const bodies: Array<[string, Record<string, unknown>]> = [
      ["/chat/completions", { model, messages: [{ role: "user", content: "Hi" }] }],
      ["/embeddings", { model, input: "x" }],
      ["/moderations", { model, input: "x" }],
      ["/completions", { model, prompt: "x" }],
      ["/responses", { model, input: "Hi" }],
    ];
    for (const [path, body] of bodies) {
      const reply = await postJson(server, path, JSON.stringify(body));
      expect([path, reply.status]).toEqual([path, 200]);
      expect(server.lastRequest()).toMatchObject({ method: "POST", path, json: body });
    }
  });

  it.each(MISSING)("a body naming %s answers 404 model_not_found", async (model) => {
    for (const path of ["/chat/completions", "/embeddings", "/moderations", "/completions", "/responses"]) {
      const reply = await postJson(server, path, JSON.stringify({ model, input: "x", prompt: "x", messages: [] }));
      expect([path, reply.status]).toEqual([path, 404]);
      expect(reply.json).toEqual({
        error: {
          message: `The model \`${model}\` does not exist or you do not have access to it.`,
          type: "invalid_request_error",
          param: null,
          code: "model_not_found",
        },
      });
    }
  });
});
