/**
 * A tool loop: the model calls `get_weather` (arguments checked by a zod schema, `run` typed from
 * it) until it can answer. Against the mock server the model's turns are scripted, including a call
 * with invalid arguments that the loop sends back as an error so the "model" can correct itself.
 *
 *   npx tsx examples/tool-loop.ts
 */
import { z } from "zod";
import { functionTool, runTools } from "../src/index";
import { scriptedChat } from "../src/testing/index";
import { chooseTarget } from "./lib/target";

const getWeather = functionTool(z.object({ city: z.string(), unit: z.enum(["celsius", "fahrenheit"]).optional() }), {
  name: "get_weather",
  description: "The current temperature in a city",
});

const target = await chooseTarget();
// The mock server plays the model: a bad call, a corrected call, then the answer.
target.server?.on(
  "POST /chat/completions",
  scriptedChat([
    { tool_calls: [{ name: "get_weather", arguments: { town: "Paris" } }] },
    { tool_calls: [{ name: "get_weather", arguments: { city: "Paris", unit: null } }] },
    "It is 21 °C in Paris right now.",
  ]),
);

const [status, run] = await runTools(
  { model: "gpt-4o-mini", messages: [{ role: "user", content: "What is the weather in Paris?" }] },
  {
    get_weather: {
      tool: getWeather,
      run: ({ city, unit = "celsius" }) => ({ city, temperature: unit === "celsius" ? 21 : 70, unit }),
    },
  },
  { maxRounds: 5, onRound: ({ round, calls }) => console.log(`round ${round}: ${calls.map((call) => `${call.name} ${call.status}`).join(", ") || "answer"}`) },
  target.config,
);
if (status === "error") {
  console.error(`tool loop failed after ${run.rounds} round(s) (${run.kind}): ${run.message}`);
  process.exitCode = 1;
} else {
  console.log(run.completion.choices[0]?.message.content);
  console.log(`${run.rounds} rounds, ${run.messages.length} messages`);
}
await target.close();
