/**
 * An assistant with a function tool, end to end: create the assistant and a thread, run it, poll
 * until the run asks for the tool's output, compute and submit it, poll until the run completes,
 * and print the answer. Cleans up after itself.
 *
 *   npx tsx examples/assistant-tool-call.ts
 *
 * With OPENAI_API_KEY set it calls the real API (the Assistants API is deprecated by OpenAI in
 * favour of the Responses API, but still answers). Without it, it starts the mock server of
 * `openai-ex/testing` and scripts the run's life there. Exits 0 on success, 1 on any error tuple.
 */
import {
  assistantsCreate,
  assistantsDelete,
  threadMessageCreate,
  threadMessages,
  threadRun,
  threadRunCreate,
  threadRunSubmitToolOutputs,
  threadsCreate,
  threadsDelete,
  type Config,
  type OpenAIError,
  type Run,
} from "../src/index";
import { startMockServer, type MockServer } from "../src/testing/index";
import runRequiresAction from "../fixtures/run_requires_action.json";
import messageList from "../fixtures/message_list.json";

/** The "tool": a stand-in for a weather service. */
function getWeather(args: { location?: string; unit?: "c" | "f" }): string {
  const celsius = 22;
  const temperature = args.unit === "f" ? `${Math.round((celsius * 9) / 5 + 32)}°F` : `${celsius}°C`;
  return JSON.stringify({ location: args.location ?? "unknown", temperature, sky: "sunny" });
}

const weatherTool = {
  type: "function" as const,
  function: {
    name: "get_weather",
    description: "Determine weather in my location",
    parameters: {
      type: "object",
      properties: { location: { type: "string", description: "The city and state e.g. San Francisco, CA" }, unit: { type: "string", enum: ["c", "f"] } },
      required: ["location"],
    },
  },
};

/** On the mock server: the run asks for the tool once, then completes once outputs were submitted. */
function scriptRun(server: MockServer): void {
  let submitted = false;
  const answer = "It is 22°C and sunny in San Francisco.";
  server.on("POST /threads/:thread_id/runs/:run_id/submit_tool_outputs", () => {
    submitted = true;
    return { body: { ...runRequiresAction, status: "queued", required_action: null } };
  });
  server.on("GET /threads/:thread_id/runs/:run_id", () => ({
    body: submitted ? { ...runRequiresAction, status: "completed", required_action: null, completed_at: 1699075600 } : runRequiresAction,
  }));
  server.on("GET /threads/:thread_id/messages", () => ({
    body: {
      ...messageList,
      data: [
        {
          ...messageList.data[0],
          id: "msg_abc999",
          role: "assistant",
          assistant_id: "asst_abc123",
          run_id: "run_abc123",
          content: [{ type: "text", text: { value: answer, annotations: [] } }],
        },
      ],
    },
  }));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until the run leaves `queued` / `in_progress`. */
async function settle(threadId: string, runId: string, config: Config, live: boolean): Promise<Run | OpenAIError> {
  for (;;) {
    const [status, run] = await threadRun(threadId, runId, config);
    if (status === "error") return run;
    if (run.status !== "queued" && run.status !== "in_progress") return run;
    if (live) await sleep(1000);
  }
}

async function main(config: Config, live: boolean): Promise<OpenAIError | undefined> {
  const [a, assistant] = await assistantsCreate(
    { model: "gpt-4o-mini", name: "Weather bot", instructions: "You tell the weather. Use the get_weather tool.", tools: [weatherTool] },
    config,
  );
  if (a === "error") return assistant;
  console.log(`assistant ${assistant.id} created`);
  const [t, thread] = await threadsCreate({}, config);
  if (t === "error") return thread;
  try {
    const [m, message] = await threadMessageCreate(thread.id, { role: "user", content: "What's the weather in San Francisco, CA?" }, config);
    if (m === "error") return message;
    const [r, created] = await threadRunCreate(thread.id, { assistant_id: assistant.id }, config);
    if (r === "error") return created;
    console.log(`run ${created.id}: ${created.status}`);

    let run = await settle(thread.id, created.id, config, live);
    while ("object" in run && run.status === "requires_action" && run.required_action) {
      const calls = run.required_action.submit_tool_outputs.tool_calls;
      const tool_outputs = calls.map((call) => {
        const output = getWeather(JSON.parse(call.function.arguments) as { location?: string });
        console.log(`tool call ${call.function.name}(${call.function.arguments}) → ${output}`);
        return { tool_call_id: call.id, output };
      });
      const [s, resumed] = await threadRunSubmitToolOutputs(thread.id, run.id, { tool_outputs }, config);
      if (s === "error") return resumed;
      run = await settle(thread.id, run.id, config, live);
    }
    if (!("object" in run)) return run;
    console.log(`run ${run.id}: ${run.status}`);
    if (run.status !== "completed") return { kind: "argument", argument: "run", message: `the run ended as ${run.status}` };

    const [l, page] = await threadMessages(thread.id, { order: "desc", limit: 1 }, config);
    if (l === "error") return page;
    const part = page.data[0]?.content[0];
    console.log(`assistant: ${part?.type === "text" ? part.text.value : "(no text)"}`);
    return undefined;
  } finally {
    await threadsDelete(thread.id, config);
    await assistantsDelete(assistant.id, config);
  }
}

let server: MockServer | undefined;
let config: Config = {};
const live = Boolean(process.env.OPENAI_API_KEY);
if (live) {
  console.log("OPENAI_API_KEY is set: calling the real OpenAI API.");
} else {
  server = await startMockServer();
  scriptRun(server);
  config = { apiUrl: server.url };
  console.log(`No OPENAI_API_KEY: using the mock server at ${server.url} (set the key to call the real API).`);
}
const failure = await main(config, live);
await server?.close();
if (failure) {
  console.error(`failed: ${failure.kind}: ${failure.message}`);
  process.exitCode = 1;
}
