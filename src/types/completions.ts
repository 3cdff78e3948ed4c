/** Legacy text completions (POST /completions, and the retired POST /engines/{id}/completions). */
import type { CompletionUsage } from "./chat";

/** Params of `completions(params)`. */
export interface CompletionParams {
  /** e.g. `gpt-3.5-turbo-instruct` or `davinci-002`. */
  model: string;
  /** The prompt(s): a string, strings, tokens, or token arrays. */
  prompt: string | string[] | number[] | number[][] | null;
  best_of?: number | null;
  echo?: boolean | null;
  frequency_penalty?: number | null;
  logit_bias?: Record<string, number> | null;
  logprobs?: number | null;
  max_tokens?: number | null;
  n?: number | null;
  presence_penalty?: number | null;
  seed?: number | null;
  stop?: string | string[] | null;
  /** Stream partial completions as server-sent events. */
  stream?: boolean | null;
  stream_options?: { include_usage?: boolean } | null;
  suffix?: string | null;
  temperature?: number | null;
  top_p?: number | null;
  user?: string;
}

/** Params of the deprecated `completions(engineId, params)`: the engine names the model. */
export type EngineCompletionParams = Omit<CompletionParams, "model"> & { model?: string };

/** One generated text. */
export interface CompletionChoice {
  text: string;
  index: number;
  logprobs: {
    text_offset?: number[];
    token_logprobs?: number[];
    tokens?: string[];
    top_logprobs?: Array<Record<string, number>>;
  } | null;
  finish_reason: "stop" | "length" | "content_filter" | null;
}

/** What `completions` returns (and, with `stream: true`, each streamed chunk). */
export interface Completion {
  id: string;
  object: "text_completion";
  created: number;
  model: string;
  choices: CompletionChoice[];
  usage?: CompletionUsage;
  system_fingerprint?: string;
}
