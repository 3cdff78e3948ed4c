/**
 * scripts/sync-spec.mjs: what the project's spec copies keep, drop and fix. The inputs are small
 * documents written here (no upstream text), shaped like the cases found in OpenAI's files.
 */
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { toFixture } from "../../scripts/sync-spec.mjs";

const fixture = (doc: unknown): Record<string, any> => parse(toFixture(JSON.stringify(doc)));

const upstream = {
  openapi: "3.0.0",
  info: { title: "API", description: "Long prose about the API.", version: "2.0.0", termsOfService: "https://example.com/terms", license: { name: "MIT" } },
  tags: [{ name: "Things", description: "Prose about things." }],
  "x-oaiMeta": { groups: [{ id: "things", title: "Things" }] },
  paths: {
    "/things/{thing_id}": {
      post: {
        operationId: "createThing",
        summary: "Creates a thing.",
        description: "Prose.",
        externalDocs: { url: "https://example.com" },
        parameters: [{ in: "path", name: "thing_id", required: true, description: "Prose.", schema: { type: "string", example: "thing_123" } }],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/CreateThing" },
              examples: { one: { summary: "Prose.", value: { prompt: "Draw a red fox in the snow" } } },
            },
          },
        },
        responses: {
          "200": {
            description: "OK",
            headers: { "Transfer-Encoding": { schema: { type: "string" }, description: "chunked" }, "x-request-id": { schema: { type: "string" } } },
            content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } },
          },
          "404": { $ref: "#/components/responses/NotFound" },
        },
        "x-oaiMeta": { name: "Create thing", examples: { request: { curl: "curl ..." } } },
      },
    },
  },
  components: {
    responses: { NotFound: { description: "Not found" } },
    schemas: {
      CreateThing: {
        type: "object",
        title: "Create thing",
        required: ["thread_id", "model"],
        properties: {
          model: { description: "Prose.", nullable: true, anyOf: [{ type: "string" }, { type: "string", enum: ["a", "b"] }], "x-oaiTypeLabel": "string" },
          stop: {
            nullable: true,
            oneOf: [
              { type: "string", nullable: true },
              { type: "array", items: { type: "string" } },
            ],
          },
          usage: { nullable: true, $ref: "#/components/schemas/Usage", default: null },
          strict: { nullable: false, type: "boolean" },
          note: { type: "string", nullable: true },
          description: { type: "string", description: "A property named description stays." },
          title: { type: "string" },
          "x-custom": { type: "integer" },
        },
      },
      Both: { allOf: [{ $ref: "#/components/schemas/Usage" }, { nullable: true }], required: ["extra"] },
      Thing: {
        type: "object",
        properties: { description: { type: "string" } },
        example: { description: "A thing that is described in a sentence.", id: "t_1" },
      },
      Usage: { type: "object", properties: { total: { type: "integer" } } },
    },
  },
};

describe("sync-spec: the project's copy of an upstream OpenAPI file", () => {
  const out = fixture(upstream);
  const schemas = out.components.schemas;

  it("drops every prose field and x-* extension, keeping names that look like keywords", () => {
    expect(out.info).toEqual({ title: "API", version: "2.0.0", license: { name: "MIT" } });
    expect(out.tags).toEqual([{ name: "Things" }]);
    expect(out).not.toHaveProperty("x-oaiMeta");
    const operation = out.paths["/things/{thing_id}"].post;
    expect(Object.keys(operation)).toEqual(["operationId", "parameters", "requestBody", "responses"]);
    expect(operation.parameters).toEqual([{ in: "path", name: "thing_id", required: true, schema: { type: "string", example: "thing_123" } }]);
    expect(schemas.CreateThing).not.toHaveProperty("title");
    expect(Object.keys(schemas.CreateThing.properties)).toEqual(["model", "stop", "usage", "strict", "note", "description", "title", "x-custom"]);
    expect(schemas.CreateThing.properties.description).toEqual({ type: "string" });
    expect(JSON.stringify(out)).not.toMatch(/Prose|Long prose|chunked|curl/);
  });

  it("keeps examples but turns sentence-like strings into a placeholder", () => {
    expect(schemas.Thing.example).toEqual({ description: "text", id: "t_1" });
    expect(out.paths["/things/{thing_id}"].post.requestBody.content["application/json"].examples).toEqual({ one: { value: { prompt: "text" } } });
  });

  it("gives every Response object the empty description OpenAPI requires (Prism ignores one without)", () => {
    const responses = out.paths["/things/{thing_id}"].post.responses;
    expect(responses["200"].description).toBe("");
    expect(responses["404"]).toEqual({ $ref: "#/components/responses/NotFound" });
    expect(out.components.responses.NotFound).toEqual({ description: "" });
  });

  it("turns nullable without type into an explicit null branch, as Prism needs", () => {
    const { model, stop, usage, strict, note } = schemas.CreateThing.properties;
    expect(model).toEqual({ anyOf: [{ type: "string" }, { type: "string", enum: ["a", "b"] }, { type: "null" }] });
    expect(stop).toEqual({
      oneOf: [
        { type: "string", nullable: true },
        { type: "array", items: { type: "string" } },
      ],
    });
    expect(usage).toEqual({ default: null, anyOf: [{ $ref: "#/components/schemas/Usage" }, { type: "null" }] });
    expect(schemas.Both.allOf[1]).toEqual({ anyOf: [{}, { type: "null" }] });
    expect(strict).toEqual({ type: "boolean" });
    expect(note).toEqual({ type: "string", nullable: true });
  });

  it("drops a required name that is not a property, but not from a composed schema", () => {
    expect(schemas.CreateThing.required).toEqual(["model"]);
    expect(schemas.Both.required).toEqual(["extra"]);
  });

  it("drops the Transfer-Encoding response header and keeps the others", () => {
    expect(out.paths["/things/{thing_id}"].post.responses["200"].headers).toEqual({ "x-request-id": { schema: { type: "string" } } });
  });

  it("is deterministic and idempotent: same input, same bytes; a copy of a copy is the copy", () => {
    const text = toFixture(JSON.stringify(upstream));
    expect(toFixture(JSON.stringify(upstream))).toBe(text);
    expect(toFixture(text)).toBe(text);
  });
});
