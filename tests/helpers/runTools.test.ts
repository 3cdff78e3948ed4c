/**
 * runTools against the loopback mock server playing a scripted conversation: the exact messages the
 * server received each round, invalid arguments and a throwing run sent back as tool messages,
 * maxRounds, abort, and an API error mid-loop (each error with the transcript so far).
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { functionTool, runTools, type ToolRound } from "../../src/index";
import { scriptedChat } from "../../src/testing/index";
import { useMockServer } from "../_helpers/mock";

const mock = useMockServer();
const weather = functionTool(z.object({ city: z.string() }), { name: "get_weather", description: "Current weather" });
const time = functionTool(z.object({ city: z.string(), utc: z.boolean().optional() }), { name: "local_time" });
const user = { role: "user" as const, content: "Weather and time in Paris?" };
const params = { model: "gpt-4o-mini", messages: [user] };

const WEATHER_TOOL = {
  type: "function",
  function: {
    name: "get_weather",
    description: "Current weather",
    parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"], additionalProperties: false },
    strict: true,
  },
};
const TIME_TOOL = {
  type: "function",
  function: {
    name: "local_time",
    parameters: {
      type: "object",
      properties: { city: { type: "string" }, utc: { type: ["boolean", "null"] } },
      required: ["city", "utc"],
      additionalProperties: false,
    },
    strict: true,
  },
};

const call = (id: string, name: string, args: string) => ({ id, type: "function", function: { name, arguments: args } });
const ROUND1 = {
  role: "assistant",
  content: null,
  tool_calls: [call("call_1_0", "get_weather", '{"city":7}'), call("call_1_1", "local_time", '{"city":"Paris","utc":null}')],
};
const INVALID = {
  role: "tool",
  tool_call_id: "call_1_0",
  content:
    "Error: invalid arguments for get_weather: city: Invalid input: expected string, received number. Call it again with arguments that match its parameters.",
};
const FAILED = { role: "tool", tool_call_id: "call_1_1", content: "Error: local_time failed: the clock is broken" };
const ROUND2 = { role: "assistant", content: null, tool_calls: [call("call_2_0", "get_weather", '{"city":"Paris"}')] };
const WEATHER = { role: "tool", tool_call_id: "call_2_0", content: '{"city":"Paris","celsius":21}' };
const ANSWER = { role: "assistant", content: "It is 21 °C in Paris; I could not read the time." };

/** The tools map: get_weather answers, local_time always throws; both record their arguments. */
function toolMap(seen: unknown[]) {
  return {
    get_weather: {
      tool: weather,
      run: async ({ city }: { city: string }) => {
        seen.push(city);
        return { city, celsius: 21 };
      },
    },
    local_time: {
      tool: time,
      run: (args: { city: string; utc?: boolean }) => {
        seen.push(args);
        throw new Error("the clock is broken");
      },
    },
  };
}

const script = () =>
  scriptedChat([
    {
      tool_calls: [
        { name: "get_weather", arguments: '{"city":7}' },
        { name: "local_time", arguments: { city: "Paris", utc: null } },
      ],
    },
    { tool_calls: [{ name: "get_weather", arguments: { city: "Paris" } }] },
    ANSWER.content,
  ]);

describe("runTools", () => {
  it("runs three rounds and returns the exact transcript the server saw", async () => {
    mock.server.on("POST /chat/completions", script());
    const seen: unknown[] = [];
    const rounds: ToolRound[] = [];
    const result = await runTools(params, toolMap(seen), { onRound: (round) => void rounds.push(round) }, mock.config());

    const bodies = mock.server.requests.map((request) => request.json as { messages: unknown[]; tools: unknown[]; model: string });
    expect(bodies.map((body) => body.messages)).toEqual([[user], [user, ROUND1, INVALID, FAILED], [user, ROUND1, INVALID, FAILED, ROUND2, WEATHER]]);
    for (const body of bodies) expect(body).toEqual({ model: "gpt-4o-mini", messages: expect.any(Array), tools: [WEATHER_TOOL, TIME_TOOL] });
    expect(seen).toEqual([{ city: "Paris" }, "Paris"]); // the invalid call never reached run; utc: null came back absent

    expect(result).toEqual([
      "ok",
      {
        completion: expect.objectContaining({ id: "chatcmpl-script-3", choices: [expect.objectContaining({ message: { ...ANSWER, refusal: null } })] }),
        messages: [user, ROUND1, INVALID, FAILED, ROUND2, WEATHER, ANSWER],
        rounds: 3,
      },
      expect.objectContaining({ status: 200 }),
    ]);
    expect(rounds.map((round) => [round.round, round.calls.map((outcome) => outcome.status)])).toEqual([
      [1, ["invalid", "failed"]],
      [2, ["ok"]],
      [3, []],
    ]);
  });

  it("runs the calls of one round concurrently (each run waits until both have started)", async () => {
    mock.server.on(
      "POST /chat/completions",
      scriptedChat([
        {
          tool_calls: [
            { name: "get_weather", arguments: { city: "Paris" } },
            { name: "local_time", arguments: { city: "Oslo", utc: true } },
          ],
        },
        "done",
      ]),
    );
    let started = 0;
    let release: () => void = () => undefined;
    const both = new Promise<void>((resolve) => (release = resolve));
    const meet = async (value: string) => {
      if (++started === 2) release();
      await both; // a loop running calls one after the other never gets here for the first call
      return value;
    };
    const result = await runTools(
      params,
      { get_weather: { tool: weather, run: () => meet("sunny") }, local_time: { tool: time, run: () => meet("12:00") } },
      {},
      mock.config(),
    );
    expect(result[0] === "ok" && result[1].messages.slice(2, 4)).toEqual([
      { role: "tool", tool_call_id: "call_1_0", content: "sunny" },
      { role: "tool", tool_call_id: "call_1_1", content: "12:00" },
    ]);
  });

  it("ends with an argument error holding the transcript when maxRounds is reached", async () => {
    mock.server.on("POST /chat/completions", script());
    const result = await runTools(params, toolMap([]), { maxRounds: 1 }, mock.config());
    expect(result).toEqual([
      "error",
      {
        kind: "argument",
        argument: "options.maxRounds",
        message: expect.stringContaining("maxRounds 1"),
        messages: [user, ROUND1, INVALID, FAILED],
        rounds: 1,
      },
    ]);
    expect(mock.server.requests).toHaveLength(1);
  });

  it("ends aborted when the signal fires while the tools run", async () => {
    mock.server.on("POST /chat/completions", script());
    const controller = new AbortController();
    const tools = {
      get_weather: { tool: weather, run: () => "21 °C" },
      local_time: { tool: time, run: () => new Promise(() => controller.abort()) }, // never settles
    };
    const result = await runTools(params, tools, { signal: controller.signal }, mock.config());
    expect(result).toEqual(["error", { kind: "aborted", message: expect.stringContaining("runTools"), messages: [user, ROUND1], rounds: 1 }]);
    expect(mock.server.requests).toHaveLength(1);
  });

  it("ends aborted when the signal fires during a request", async () => {
    const controller = new AbortController();
    const turns = script();
    let count = 0;
    mock.server.on("POST /chat/completions", (request) => {
      count += 1;
      if (count === 2) {
        controller.abort();
        return { delay: 5_000, body: {} };
      }
      return typeof turns === "function" ? turns(request) : turns;
    });
    const result = await runTools(params, toolMap([]), { signal: controller.signal }, mock.config());
    expect(result).toEqual(["error", { kind: "aborted", message: expect.any(String), messages: [user, ROUND1, INVALID, FAILED], rounds: 2 }]);
  });

  it("returns an API error of any round as it is, with the transcript", async () => {
    const apiError = { error: { message: "Invalid tool message", type: "invalid_request_error", param: "messages", code: null } };
    mock.server.on(
      "POST /chat/completions",
      scriptedChat([{ tool_calls: [{ name: "get_weather", arguments: { city: "Paris" } }] }, { reply: { status: 400, body: apiError } }]),
    );
    const result = await runTools(params, toolMap([]), {}, mock.config());
    const tool = { role: "tool", tool_call_id: "call_1_0", content: '{"city":"Paris","celsius":21}' };
    expect(result).toEqual([
      "error",
      expect.objectContaining({
        kind: "api",
        status: 400,
        error: apiError.error,
        messages: [user, { role: "assistant", content: null, tool_calls: [call("call_1_0", "get_weather", '{"city":"Paris"}')] }, tool],
        rounds: 2,
      }),
    ]);
  });

  it("answers an unknown tool with an error text, and refuses bad arguments before sending", async () => {
    mock.server.on("POST /chat/completions", scriptedChat([{ tool_calls: [{ name: "nope", arguments: "{}" }] }, "done"]));
    const [status, run] = await runTools(params, toolMap([]), {}, mock.config());
    expect(status).toBe("ok");
    if (status === "ok")
      expect(run.messages[2]).toEqual({
        role: "tool",
        tool_call_id: "call_1_0",
        content: 'Error: there is no tool named "nope"; the tools are get_weather, local_time.',
      });

    mock.server.reset();
    const notATool = await runTools(params, { x: { tool: { type: "function", function: { name: "x" } }, run: () => 1 } } as never, {}, mock.config());
    expect(notATool).toEqual([
      "error",
      { kind: "argument", argument: "tools.x", message: expect.stringContaining("functionTool"), messages: [user], rounds: 0 },
    ]);
    const zero = await runTools(params, toolMap([]), { maxRounds: 0 }, mock.config());
    expect(zero).toMatchObject(["error", { kind: "argument", argument: "options.maxRounds", rounds: 0 }]);
    expect(mock.server.requests).toHaveLength(0);
  });
});
