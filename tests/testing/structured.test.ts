/** The mock server's structured-output and tool-call replies, and scriptedChat. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import chatFixture from "../../fixtures/chat_completion.json";
import { scriptedChat, startMockServer, type MockServer } from "../../src/testing/index";
import { jsonExample } from "../../src/testing/routes/jsonExample";
import { postJson } from "./_http";

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.reset());

const messages = [{ role: "user", content: "hi" }];
const post = async (path: string, body: unknown) => (await postJson(server, path, JSON.stringify(body))).json as Record<string, any>;

const schema = {
  type: "object",
  properties: {
    name: { type: "string" },
    when: { type: "string", format: "date-time" },
    age: { type: ["integer", "null"], minimum: 50 },
    score: { type: "number", maximum: 10 },
    role: { type: "string", enum: ["admin", "user"] },
    kind: { const: "person" },
    ok: { type: "boolean" },
    tags: { type: "array", items: { type: "string" }, minItems: 2 },
    pet: { anyOf: [{ type: "null" }, { $ref: "#/$defs/pet" }] },
    children: { type: "array", items: { $ref: "#" } },
  },
  $defs: { pet: { type: "object", properties: { lives: { type: "integer" } } } },
};

describe("jsonExample", () => {
  it("builds a value matching the schema, following $ref and stopping recursion", () => {
    const value = jsonExample(schema) as Record<string, any>;
    expect(value).toMatchObject({
      name: "name",
      when: "2024-01-02T03:04:05Z",
      age: 50,
      score: 10,
      role: "admin",
      kind: "person",
      ok: true,
      tags: ["tags", "tags"],
      pet: { lives: 42 },
    });
    expect(value.children).toHaveLength(1);
  });
});

describe("chat completions follow response_format and tool_choice", () => {
  it("a json_schema format gets JSON content matching the schema", async () => {
    const reply = await post("/chat/completions", {
      model: "m",
      messages,
      response_format: { type: "json_schema", json_schema: { name: "x", schema, strict: true } },
    });
    expect(reply.choices[0].finish_reason).toBe("stop");
    expect(JSON.parse(reply.choices[0].message.content)).toEqual(jsonExample(schema));
  });

  it('tool_choice "required" calls the first function tool; a named choice calls that one', async () => {
    const tools = [
      { type: "function", function: { name: "first", parameters: { type: "object", properties: { a: { type: "string" } } } } },
      { type: "function", function: { name: "second", parameters: { type: "object", properties: { b: { type: "integer" } } } } },
    ];
    const required = await post("/chat/completions", { model: "m", messages, tools, tool_choice: "required" });
    expect(required.choices[0]).toEqual({
      index: 0,
      finish_reason: "tool_calls",
      message: { role: "assistant", content: null, tool_calls: [{ id: "call_mock_0", type: "function", function: { name: "first", arguments: '{"a":"a"}' } }] },
    });
    const named = await post("/chat/completions", { model: "m", messages, tools, tool_choice: { type: "function", function: { name: "second" } } });
    expect(named.choices[0].message.tool_calls[0].function).toEqual({ name: "second", arguments: '{"b":42}' });
    const auto = await post("/chat/completions", { model: "m", messages, tools, tool_choice: "auto" });
    expect(auto.choices[0].message).toEqual(chatFixture.choices[0]?.message);
  });

  it("responses: text.format json_schema gets JSON output text; a required tool gets a function_call item", async () => {
    const structured = await post("/responses", { model: "m", input: "x", text: { format: { type: "json_schema", name: "x", schema, strict: true } } });
    expect(JSON.parse(structured.output[0].content[0].text)).toEqual(jsonExample(schema));
    const called = await post("/responses", {
      model: "m",
      input: "x",
      tool_choice: "required",
      tools: [{ type: "function", name: "f", parameters: { type: "object", properties: { q: { type: "string" } } } }],
    });
    expect(called.output).toEqual([
      {
        id: expect.stringMatching(/^fc_/),
        type: "function_call",
        call_id: expect.stringMatching(/^call_/),
        name: "f",
        arguments: '{"q":"q"}',
        status: "completed",
      },
    ]);
  });
});

describe("scriptedChat", () => {
  it("answers each request with the next turn, then 400", async () => {
    server.on(
      "POST /chat/completions",
      scriptedChat([
        {
          tool_calls: [
            { name: "f", arguments: { x: 1 } },
            { name: "g", arguments: "{}", id: "mine" },
          ],
        },
        "done",
        { reply: { status: 503, body: "busy" } },
      ]),
    );
    const first = await post("/chat/completions", { model: "gpt-x", messages });
    expect(first).toEqual({
      ...chatFixture,
      id: "chatcmpl-script-1",
      model: "gpt-x",
      choices: [
        {
          index: 0,
          finish_reason: "tool_calls",
          message: {
            role: "assistant",
            content: null,
            refusal: null,
            tool_calls: [
              { id: "call_1_0", type: "function", function: { name: "f", arguments: '{"x":1}' } },
              { id: "mine", type: "function", function: { name: "g", arguments: "{}" } },
            ],
          },
        },
      ],
    });
    const second = await post("/chat/completions", { model: "gpt-x", messages });
    expect(second.choices[0]).toEqual({ index: 0, finish_reason: "stop", message: { role: "assistant", content: "done", refusal: null } });
    const third = await postJson(server, "/chat/completions", JSON.stringify({ model: "m", messages }));
    expect([third.status, third.text]).toEqual([503, "busy"]);
    const fourth = await postJson(server, "/chat/completions", JSON.stringify({ model: "m", messages }));
    expect(fourth.status).toBe(400);
    expect((fourth.json as any).error.message).toContain("request 4 was not expected");
  });
});
