/**
 * One round of tool calls: each call's arguments parsed and validated with its tool's schema, the
 * `run` functions started together, and every outcome (including a failure) turned into the text
 * of a `tool` message, so the model can read what went wrong and correct itself.
 */
import type { ChatCompletion } from "../../types/chat";
import { parseText } from "./parseText";
import { describeError, type StructuredSchema } from "./schema";

type ToolCall = NonNullable<ChatCompletion["choices"][number]["message"]["tool_calls"]>[number];

/** What `run` receives besides the arguments. */
export interface ToolCallContext {
  /** The call's id (`tool_call_id` of the reply). */
  id: string;
  /** The tool's name. */
  name: string;
  /** The round (1 for the first request). */
  round: number;
  /** The `signal` of `runTools`' options, to stop long work when the loop is aborted. */
  signal?: AbortSignal;
}

/** How one call went: `ok`, `invalid` arguments, `failed` (run threw or rejected), or an `unknown` tool. */
export interface ToolCallOutcome {
  id: string;
  name: string;
  /** The arguments as the model wrote them. */
  arguments: string;
  status: "ok" | "invalid" | "failed" | "unknown";
  /** The content of the `tool` message sent back. */
  content: string;
}

/** A tool ready to run: its arguments' schema and its function. */
export interface Runner {
  schema: StructuredSchema<unknown>;
  run: (args: unknown, context: ToolCallContext) => unknown;
}

/**
 * Runs the calls of one round concurrently.
 *
 * @returns One outcome per call, in the order of the calls.
 */
export function runCalls(calls: ToolCall[], runners: Map<string, Runner>, round: number, signal: AbortSignal | undefined): Promise<ToolCallOutcome[]> {
  return Promise.all(calls.map((call) => runCall(call, runners, round, signal)));
}

async function runCall(call: ToolCall, runners: Map<string, Runner>, round: number, signal: AbortSignal | undefined): Promise<ToolCallOutcome> {
  const fn = (call as { function?: { name?: unknown; arguments?: unknown } }).function;
  const name = typeof fn?.name === "string" ? fn.name : "";
  const args = typeof fn?.arguments === "string" ? fn.arguments : "";
  const outcome = (status: ToolCallOutcome["status"], content: string): ToolCallOutcome => ({ id: call.id, name, arguments: args, status, content });
  const runner = runners.get(name);
  if (!runner) return outcome("unknown", `Error: there is no tool named ${JSON.stringify(name)}; the tools are ${[...runners.keys()].join(", ")}.`);
  const parsed = await parseText(args, runner.schema, `The arguments of the ${name} call`, false);
  if (!parsed.ok) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.length ? issue.path.join(".") : "(root)"}: ${issue.message}`).join("; ");
    return outcome("invalid", `Error: invalid arguments for ${name}: ${issues}. Call it again with arguments that match its parameters.`);
  }
  try {
    const context: ToolCallContext = { id: call.id, name, round, ...(signal ? { signal } : {}) };
    return outcome("ok", serialise(await runner.run(parsed.value, context)));
  } catch (error) {
    return outcome("failed", `Error: ${name} failed: ${describeError(error)}`);
  }
}

/** A string as it is; anything else as JSON (`undefined` as `null`). */
function serialise(value: unknown): string {
  if (typeof value === "string") return value;
  try {
    return JSON.stringify(value ?? null) ?? "null";
  } catch (error) {
    return `Error: the result could not be written as JSON: ${describeError(error)}`;
  }
}
