/**
 * responsesRunTools against the loopback mock server: function_call items run, their outputs sent
 * back on previous_response_id, the exact bodies the server received, and errors with the items so far.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { functionTool, responsesRunTools } from "../../src/index";
import type { MockReply } from "../../src/testing/index";
import { useMockServer } from "../_helpers/mock";

const mock = useMockServer();
const weather = functionTool(z.object({ city: z.string() }), { name: "get_weather" });
const time = functionTool(z.object({ city: z.string() }), { name: "local_time" });
const tools = {
  get_weather: { tool: weather, run: ({ city }: { city: string }) => ({ city, celsius: 21 }) },
  local_time: {
    tool: time,
    run: (): string => {
      throw new Error("the clock is broken");
    },
  },
};
const PARAMETERS = { type: "object", properties: { city: { type: "string" } }, required: ["city"], additionalProperties: false };
const SENT_TOOLS = [
  { type: "function", name: "get_weather", parameters: PARAMETERS, strict: true },
  { type: "function", name: "local_time", parameters: PARAMETERS, strict: true },
];

const fc = (call_id: string, name: string, args: string) => ({
  id: `fc_${call_id}`,
  type: "function_call",
  call_id,
  name,
  arguments: args,
  status: "completed",
});
const answer = {
  id: "msg_1",
  type: "message",
  role: "assistant",
  status: "completed",
  content: [{ type: "output_text", text: "21 °C in Paris.", annotations: [] }],
};
const response = (id: string, output: unknown[]): MockReply => ({
  body: {
    id,
    object: "response",
    created_at: 1,
    status: "completed",
    error: null,
    incomplete_details: null,
    instructions: null,
    model: "gpt-4o-mini",
    output,
    parallel_tool_calls: true,
    temperature: 1,
    tool_choice: "auto",
    tools: [],
    top_p: 1,
    metadata: {},
  },
});
const ROUND1 = [fc("call_a", "get_weather", '{"city":7}'), fc("call_b", "local_time", '{"city":"Paris"}')];
const ROUND2 = [fc("call_c", "get_weather", '{"city":"Paris"}')];

function script(replies: MockReply[]) {
  let next = 0;
  mock.server.on("POST /responses", () => replies[next++] ?? { status: 400, body: { error: { message: "unexpected" } } });
}

describe("responsesRunTools", () => {
  it("runs three rounds over previous_response_id and returns every item", async () => {
    script([response("resp_1", ROUND1), response("resp_2", ROUND2), response("resp_3", [answer])]);
    const result = await responsesRunTools({ model: "gpt-4o-mini", input: "Weather in Paris?" }, tools, {}, mock.config());
    const invalid = {
      type: "function_call_output",
      call_id: "call_a",
      output:
        "Error: invalid arguments for get_weather: city: Invalid input: expected string, received number. Call it again with arguments that match its parameters.",
    };
    const failed = { type: "function_call_output", call_id: "call_b", output: "Error: local_time failed: the clock is broken" };
    const ok = { type: "function_call_output", call_id: "call_c", output: '{"city":"Paris","celsius":21}' };
    expect(mock.server.requests.map((request) => request.json)).toEqual([
      { model: "gpt-4o-mini", input: "Weather in Paris?", tools: SENT_TOOLS },
      { model: "gpt-4o-mini", input: [invalid, failed], tools: SENT_TOOLS, previous_response_id: "resp_1" },
      { model: "gpt-4o-mini", input: [ok], tools: SENT_TOOLS, previous_response_id: "resp_2" },
    ]);
    expect(result).toEqual([
      "ok",
      {
        response: expect.objectContaining({ id: "resp_3", output: [answer] }),
        items: [{ role: "user", content: "Weather in Paris?" }, ...ROUND1, invalid, failed, ...ROUND2, ok, answer],
        rounds: 3,
      },
      expect.objectContaining({ status: 200 }),
    ]);
  });

  it("maxRounds and API errors end with the items so far", async () => {
    script([response("resp_1", ROUND2)]);
    const capped = await responsesRunTools({ model: "m", input: [{ role: "user", content: "hi" }] }, tools, { maxRounds: 1 }, mock.config());
    expect(capped).toEqual([
      "error",
      {
        kind: "argument",
        argument: "options.maxRounds",
        message: expect.stringContaining("maxRounds 1"),
        items: [{ role: "user", content: "hi" }, ...ROUND2, { type: "function_call_output", call_id: "call_c", output: '{"city":"Paris","celsius":21}' }],
        rounds: 1,
      },
    ]);
    mock.server.reset(); // back to the default route, which answers 404 for this model
    const missing = await responsesRunTools({ model: "gpt-nope", input: "hi" }, tools, {}, mock.config());
    expect(missing).toMatchObject(["error", { kind: "api", status: 404, items: [{ role: "user", content: "hi" }], rounds: 1 }]);
  });
});
