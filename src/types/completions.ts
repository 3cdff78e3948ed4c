/**
 * Legacy text completions (POST /completions, and the retired POST /engines/{id}/completions).
 * Overlays: the engine form takes `model` optionally (the engine id names it, as in openai.ex);
 * `finish_reason` is `null` on streamed chunks before the last, which the spec does not say.
 */
import type { Flat, Schemas } from "./schema";

/**
 * Params of `completions(params)`.
 *
 * @example
 * await completions({ model: "gpt-3.5-turbo-instruct", prompt: "Say this is a test", max_tokens: 7 });
 */
export type CompletionParams = Schemas["CreateCompletionRequest"];

/** Params of the deprecated `completions(engineId, params)`: the engine names the model. */
export type EngineCompletionParams = Flat<Omit<CompletionParams, "model"> & { model?: string }>;

type SpecChoice = Schemas["CreateCompletionResponse"]["choices"][number];

/** One generated text. */
export type CompletionChoice = Flat<Omit<SpecChoice, "finish_reason"> & { finish_reason: SpecChoice["finish_reason"] | null }>;

/**
 * What `completions` returns (and, with `stream: true`, each streamed chunk).
 *
 * @example
 * const [status, completion] = await completions({ model: "gpt-3.5-turbo-instruct", prompt: "Hi" });
 * if (status === "ok") console.log(completion.choices[0]?.text);
 */
export type Completion = Flat<Omit<Schemas["CreateCompletionResponse"], "choices"> & { choices: CompletionChoice[] }>;
