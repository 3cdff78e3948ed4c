/**
 * Streaming requests through Prism. Prism cannot stream back (it answers the spec's JSON example,
 * not server-sent events), so these rows only prove that a `stream: true` request validates against
 * the spec: the result must not be a 400/422 error tuple. Parsing streams is tested against the
 * project's loopback server (tests/api/streams*.test.ts).
 */
import { resolve } from "node:path";
import { audioSpeech, audioTranscription, chatCompletion, completions, type Result } from "../../src/index";
import { contractTable } from "./harness";

const messages = [
  { role: "system" as const, content: "You are a helpful assistant." },
  { role: "user" as const, content: "Who won the world series in 2020?" },
];

const WAV = resolve(import.meta.dirname, "../../fixtures/uploads/hello.wav");
const speak = { model: "gpt-4o-mini-tts", input: "Did you ever take that test yourself?", voice: "alloy" } as const;

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
    // Multipart with the `stream=true` field, as the transcription stream sends it.
    name: "audioTranscription(path, { stream: true })",
    specs: ["latest"],
    call: async (config) => drained(await audioTranscription(WAV, { model: "gpt-4o-mini-transcribe", language: "en", stream: true }, config)),
  },
  {
    name: "audioTranscription(path, { stream: true }) without model → 422",
    specs: ["latest"],
    expect: 422,
    call: (config) => audioTranscription(WAV, { stream: true } as never, config),
  },
  {
    name: 'audioSpeech({ stream_format: "sse" })',
    specs: ["latest"],
    call: async (config) => drained(await audioSpeech({ ...speak, instructions: "Calm.", stream_format: "sse" }, config)),
  },
  {
    name: 'audioSpeech({ stream_format: "sse" }) without voice → 422',
    specs: ["latest"],
    expect: 422,
    call: (config) => audioSpeech({ model: "gpt-4o-mini-tts", input: "x", stream_format: "sse" } as never, config),
  },
  {
    // A non-2xx to a stream request is an ordinary error tuple, its body read as text (not SSE).
    name: "chatCompletion({ stream: true }) without model → 422",
    specs: ["2023-12", "latest"],
    expect: 422,
    call: (config) => chatCompletion({ messages, stream: true } as never, config),
  },
]);
