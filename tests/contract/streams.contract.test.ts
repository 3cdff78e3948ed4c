/**
 * Streaming requests through Prism. Prism cannot stream back (it answers the spec's JSON example,
 * not server-sent events), so these rows only prove that a `stream: true` request validates against
 * the spec: the result must not be a 400/422 error tuple. Parsing streams is tested against the
 * project's loopback server (tests/api/streams*.test.ts).
 */
import { chatCompletion, completions, type Result } from "../../src/index";
import { contractTable } from "./harness";

const messages = [
  { role: "system" as const, content: "You are a helpful assistant." },
  { role: "user" as const, content: "Who won the world series in 2020?" },
];

/** Reads whatever the stream holds (Prism sends no events) so the connection is released. */
async function drained<T>(result: Result<AsyncIterable<unknown> & T>): Promise<Result<unknown>> {
  if (result[0] === "ok") for await (const _item of result[1]) void _item;
  return result;
}

contractTable("streams", [
  {
    name: "chatCompletion({ stream: true })",
    specs: ["2023-12", "latest"],
    call: async (config) => drained(await chatCompletion({ model: "gpt-4o-mini", messages, stream: true }, config)),
  },
  {
    name: "chatCompletion({ stream: true, stream_options: { include_usage: true } })",
    specs: ["latest"],
    call: async (config) => drained(await chatCompletion({ model: "gpt-4o-mini", messages, stream: true, stream_options: { include_usage: true } }, config)),
  },
  {
    name: "completions({ stream: true })",
    specs: ["2023-12", "latest"],
    call: async (config) => drained(await completions({ model: "gpt-3.5-turbo-instruct", prompt: "Say this is a test", max_tokens: 7, stream: true }, config)),
  },
  {
    // A non-2xx to a stream request is an ordinary error tuple, its body read as text (not SSE).
    name: "chatCompletion({ stream: true }) without model → 422",
    specs: ["2023-12", "latest"],
    expect: 422,
    call: (config) => chatCompletion({ messages, stream: true } as never, config),
  },
]);
