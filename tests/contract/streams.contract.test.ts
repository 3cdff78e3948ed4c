/**
 * Streaming requests through Prism. Prism cannot stream back (it answers the spec's JSON example,
 * not server-sent events), so these rows only prove that a `stream: true` request validates against
 * the spec: the result must not be a 400/422 error tuple. Parsing streams is tested against the
 * project's loopback server (tests/api/streams*.test.ts).
 */
import { resolve } from "node:path";
import { audioSpeech, audioTranscription, chatCompletion, completions, imagesEdits, imagesGenerations, responses, type Result } from "../../src/index";
import { contractTable } from "./harness";

const PNG = resolve(import.meta.dirname, "../../fixtures/uploads/otter.png");

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
  // Image streams (gpt-image models): `stream` and `partial_images` in the JSON body, and in the multipart form of an edit.
  {
    name: "imagesGenerations({ stream: true, partial_images })",
    specs: ["latest"],
    call: async (config) =>
      drained(
        await imagesGenerations(
          { model: "gpt-image-1", prompt: "A sea otter reading a newspaper", size: "1024x1024", stream: true, partial_images: 2 },
          config,
        ),
      ),
  },
  {
    name: "imagesEdits(path, { stream: true, partial_images })",
    specs: ["latest"],
    call: async (config) => drained(await imagesEdits(PNG, { model: "gpt-image-1", prompt: "Add a hat", stream: true, partial_images: 1 }, config)),
  },
  {
    // The field reaches the body: the spec allows 0-3 partial images.
    name: "imagesGenerations({ stream: true, partial_images: 4 }) → 422",
    specs: ["latest"],
    expect: 422,
    call: (config) => imagesGenerations({ model: "gpt-image-1", prompt: "An otter", stream: true, partial_images: 4 }, config),
  },
  {
    name: "imagesGenerations({ stream: true }) without prompt → 422",
    specs: ["latest"],
    expect: 422,
    call: (config) => imagesGenerations({ model: "gpt-image-1", stream: true, partial_images: 1 } as never, config),
  },
  // Resuming a background response: `stream` and `starting_after` in the query of GET /responses/{id}.
  {
    name: "responses(responseId, { stream: true, starting_after })",
    specs: ["latest"],
    call: async (config) => drained(await responses("resp_abc123", { stream: true, starting_after: 41 }, config)),
  },
  {
    name: "responses(responseId, { stream: true, starting_after: not an integer }) → 422",
    specs: ["latest"],
    expect: 422,
    call: (config) => responses("resp_abc123", { stream: true, starting_after: "x" as never }, config),
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
