/**
 * chatCompletionParse / responsesParse with zod 4, valibot 1 and arktype 2 schemas, against the
 * loopback mock server: the strict schema the server received, the parsed value, validation errors.
 */
import { describe, expect, it } from "vitest";
import { chatCompletionParse, responseFormat, responsesParse, textFormat, functionTool } from "../../src/index";
import { useMockServer } from "../_helpers/mock";
import { libraries, zodPerson } from "./_schemas";

const mock = useMockServer();
const messages = [{ role: "user" as const, content: "Ada Lovelace, admin, has a cat" }];

/** A chat completion body whose first choice is `message`. */
function completion(message: Record<string, unknown>, finish_reason = "stop") {
  return {
    body: {
      id: "chatcmpl-1",
      object: "chat.completion",
      created: 1,
      model: "gpt-4o-mini",
      choices: [{ index: 0, message: { role: "assistant", ...message }, finish_reason }],
    },
  };
}

/** Walks a schema the server received and lists every place that breaks strict mode's object rules. */
function strictViolations(node: unknown, path = "#"): string[] {
  if (typeof node !== "object" || node === null) return [];
  const schema = node as Record<string, unknown>;
  const found: string[] = [];
  if (schema.properties) {
    const keys = Object.keys(schema.properties as object);
    if (schema.additionalProperties !== false) found.push(`${path}: additionalProperties`);
    if (JSON.stringify([...(schema.required as string[])].sort()) !== JSON.stringify([...keys].sort())) found.push(`${path}: required`);
  }
  for (const [key, value] of Object.entries(schema)) {
    if (["$schema", "minLength", "maxLength", "default"].includes(key)) found.push(`${path}/${key}`);
    if (typeof value === "object") found.push(...strictViolations(value, `${path}/${key}`));
  }
  return found;
}

/** Whether a property schema accepts null (type list, or an anyOf branch). */
function acceptsNull(schema: Record<string, unknown>): boolean {
  const types = ([] as unknown[]).concat(schema.type ?? []);
  return types.includes("null") || ((schema.anyOf as Array<Record<string, unknown>> | undefined) ?? []).some(acceptsNull);
}

const ADA = {
  name: "Ada",
  nickname: null,
  middle: null,
  role: "admin",
  tags: ["math"],
  address: { city: "London", zip: null },
  pet: { kind: "cat", lives: 9 },
};

describe.each(libraries)("chatCompletionParse with a %s schema", (_library, schema) => {
  it("sends the strict JSON Schema and parses the answer, optional nulls back to absent", async () => {
    mock.server.on("POST /chat/completions", completion({ content: JSON.stringify(ADA) }), 1);
    const result = await chatCompletionParse({ model: "gpt-4o-mini", messages, response_format: responseFormat(schema, "person") }, mock.config());
    expect(result[0]).toBe("ok");
    const parsed = result[0] === "ok" ? result[1].choices[0]?.message.parsed : undefined;
    expect(parsed).toEqual({ name: "Ada", middle: null, role: "admin", tags: ["math"], address: { city: "London" }, pet: { kind: "cat", lives: 9 } });
    expect(parsed && "nickname" in parsed).toBe(false);

    const sent = mock.server.lastRequest()?.json as {
      response_format: { type: string; json_schema: { name: string; strict: boolean; schema: Record<string, any> } };
    };
    expect(sent.response_format).toMatchObject({ type: "json_schema", json_schema: { name: "person", strict: true } });
    const strict = sent.response_format.json_schema.schema;
    expect(strictViolations(strict)).toEqual([]);
    expect(acceptsNull(strict.properties.nickname)).toBe(true);
    expect(acceptsNull(strict.properties.address.properties.zip)).toBe(true);
    expect(acceptsNull(strict.properties.middle)).toBe(true);
    expect(acceptsNull(strict.properties.name)).toBe(false);
    expect(strict.properties.pet.anyOf).toHaveLength(2);
  });

  it("parses the mock server's default answer to a json_schema request", async () => {
    const [status, data] = await chatCompletionParse({ model: "gpt-4o-mini", messages, response_format: responseFormat(schema, "person") }, mock.config());
    expect(status).toBe("ok");
    if (status === "ok") expect(data.choices[0]?.message.parsed).toMatchObject({ name: "name", role: "admin", tags: ["tags"], address: { city: "city" } });
  });

  it("returns a validation error with the failing paths when the schema rejects the JSON", async () => {
    const raw = JSON.stringify({ ...ADA, name: 5, tags: ["math", 7] });
    mock.server.on("POST /chat/completions", completion({ content: raw }), 1);
    const result = await chatCompletionParse({ model: "gpt-4o-mini", messages, response_format: responseFormat(schema, "person") }, mock.config());
    expect(result).toEqual(["error", { kind: "validation", issues: expect.any(Array), raw, message: expect.stringContaining("does not match its schema") }]);
    const issues = result[0] === "error" && result[1].kind === "validation" ? result[1].issues : [];
    expect(issues.map((issue) => issue.path)).toEqual(expect.arrayContaining([["name"], ["tags", 1]]));
    for (const issue of issues) expect(issue.message).toEqual(expect.any(String));
  });

  it("returns a validation error for malformed JSON, saying when the token limit cut it", async () => {
    const raw = '{"name": "Ada", "tags": ["ma';
    mock.server.on("POST /chat/completions", completion({ content: raw }, "length"), 1);
    const result = await chatCompletionParse({ model: "gpt-4o-mini", messages, response_format: responseFormat(schema, "person") }, mock.config());
    expect(result).toEqual([
      "error",
      { kind: "validation", issues: [{ path: [], message: expect.stringMatching(/^not valid JSON/) }], raw, message: expect.stringContaining("token limit") },
    ]);
  });

  it("gives parsed: null for a refusal, which stays data", async () => {
    mock.server.on("POST /chat/completions", completion({ content: null, refusal: "I can't help with that." }), 1);
    const [status, data] = await chatCompletionParse({ model: "gpt-4o-mini", messages, response_format: responseFormat(schema, "person") }, mock.config());
    expect(status).toBe("ok");
    if (status === "ok") expect(data.choices[0]?.message).toEqual({ role: "assistant", content: null, refusal: "I can't help with that.", parsed: null });
  });

  it("responsesParse sends text.format and fills output_parsed", async () => {
    const [status, data] = await responsesParse({ model: "gpt-4o-mini", input: "Ada", text: { format: textFormat(schema, "person") } }, mock.config());
    const sent = mock.server.lastRequest()?.json as { text: { format: Record<string, any> } };
    expect(sent.text.format).toMatchObject({ type: "json_schema", name: "person", strict: true });
    expect(strictViolations(sent.text.format.schema)).toEqual([]);
    expect(status).toBe("ok");
    if (status === "ok") expect(data.output_parsed).toMatchObject({ name: "name", role: "admin", address: { city: "city" } });
  });
});

describe("chatCompletionParse: the rest", () => {
  it("sends exactly the converted zod schema", async () => {
    await chatCompletionParse(
      { model: "gpt-4o-mini", messages, response_format: responseFormat(zodPerson, "person", { description: "A person" }) },
      mock.config(),
    );
    const nullableString = { type: ["string", "null"] };
    expect((mock.server.lastRequest()!.json as { response_format: unknown }).response_format).toEqual({
      type: "json_schema",
      json_schema: {
        name: "person",
        description: "A person",
        strict: true,
        schema: {
          type: "object",
          properties: {
            name: { type: "string" },
            nickname: nullableString,
            middle: nullableString,
            role: { type: "string", enum: ["admin", "user"] },
            tags: { type: "array", items: { type: "string" } },
            address: { type: "object", properties: { city: { type: "string" }, zip: nullableString }, required: ["city", "zip"], additionalProperties: false },
            pet: {
              anyOf: [
                {
                  type: "object",
                  properties: { kind: { type: "string", const: "cat" }, lives: { type: "number" } },
                  required: ["kind", "lives"],
                  additionalProperties: false,
                },
                {
                  type: "object",
                  properties: { kind: { type: "string", const: "dog" }, good: { type: "boolean" } },
                  required: ["kind", "good"],
                  additionalProperties: false,
                },
              ],
            },
          },
          required: ["name", "nickname", "middle", "role", "tags", "address", "pet"],
          additionalProperties: false,
        },
      },
    });
  });

  it("accepts a plain JSON Schema (no validation) and sends it unchanged with strict: false", async () => {
    const schema = { type: "object", properties: { n: { type: "integer" } } };
    mock.server.on("POST /chat/completions", completion({ content: '{"n":"not checked"}' }), 1);
    const result = await chatCompletionParse(
      { model: "m", messages, response_format: responseFormat<{ n: number }>(schema, "count", { strict: false }) },
      mock.config(),
    );
    expect((mock.server.lastRequest()!.json as { response_format: unknown }).response_format).toEqual({
      type: "json_schema",
      json_schema: { name: "count", schema, strict: false },
    });
    expect(result[0] === "ok" && result[1].choices[0]?.message.parsed).toEqual({ n: "not checked" });
  });

  it("refuses a schema strict mode cannot express with an argument error, and sends nothing", async () => {
    const schema = { type: "object", properties: { scores: { type: "object", additionalProperties: { type: "number" } } } };
    const result = await chatCompletionParse({ model: "m", messages, response_format: responseFormat(schema, "scores") }, mock.config());
    expect(result).toEqual([
      "error",
      { kind: "argument", argument: "responseFormat schema", message: expect.stringContaining("#/properties/scores/additionalProperties") },
    ]);
    expect(mock.server.requests).toHaveLength(0);
  });

  it("refuses a bad format name, and stream: true, before sending", async () => {
    const bad = await chatCompletionParse({ model: "m", messages, response_format: responseFormat(zodPerson, "a person") }, mock.config());
    expect(bad).toEqual(["error", { kind: "argument", argument: "name", message: expect.stringContaining('"a person"') }]);
    const streamed = await chatCompletionParse({ model: "m", messages, stream: true } as never, mock.config());
    expect(streamed).toEqual(["error", { kind: "argument", argument: "params", message: expect.stringContaining("does not stream") }]);
    expect(mock.server.requests).toHaveLength(0);
  });

  it("gives calls of functionTool tools parsed_arguments, and a validation error for bad arguments", async () => {
    const lookup = functionTool(zodPerson.pick({ name: true, nickname: true }), { name: "lookup" });
    const call = (args: string) =>
      completion({ content: null, tool_calls: [{ id: "call_1", type: "function", function: { name: "lookup", arguments: args } }] }, "tool_calls");
    mock.server.on("POST /chat/completions", call('{"name":"Ada","nickname":null}'), 1);
    const [status, data] = await chatCompletionParse({ model: "m", messages, tools: [lookup] }, mock.config());
    expect(status).toBe("ok");
    if (status === "ok") {
      expect(data.choices[0]?.message.parsed).toBeNull();
      expect((data.choices[0]?.message.tool_calls?.[0] as { function?: unknown } | undefined)?.function).toEqual({
        name: "lookup",
        arguments: '{"name":"Ada","nickname":null}',
        parsed_arguments: { name: "Ada" },
      });
    }
    mock.server.on("POST /chat/completions", call('{"name":1,"nickname":null}'), 1);
    const failed = await chatCompletionParse({ model: "m", messages, tools: [lookup] }, mock.config());
    expect(failed).toEqual([
      "error",
      {
        kind: "validation",
        issues: [{ path: ["name"], message: expect.any(String) }],
        raw: '{"name":1,"nickname":null}',
        message: expect.stringContaining("lookup"),
      },
    ]);
  });

  it("returns an API error of the request as it is", async () => {
    const result = await chatCompletionParse({ model: "gpt-nope", messages, response_format: responseFormat(zodPerson, "person") }, mock.config());
    expect(result).toMatchObject(["error", { kind: "api", status: 404 }]);
  });

  it("never serialises the carried schema", () => {
    const format = responseFormat(zodPerson, "person");
    expect(Object.keys(format)).toEqual(["type", "json_schema"]);
    expect(JSON.parse(JSON.stringify(format))).toEqual({
      type: "json_schema",
      json_schema: { name: "person", schema: format.json_schema.schema, strict: true },
    });
  });
});
