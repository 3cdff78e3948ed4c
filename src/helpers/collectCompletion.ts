import type { Result } from "../result";
import type { EventStream } from "../stream";
import { foldStream } from "./fold";
import type { Completion, CompletionChoice } from "../types/completions";

type Logprobs = NonNullable<CompletionChoice["logprobs"]>;

/**
 * Reads a text completion stream to the end and folds its chunks into the final `Completion`:
 * each choice's `text` is concatenated, its logprobs arrays appended, its finish reason kept, and
 * `usage` taken from the last chunk when `stream_options.include_usage` was set.
 *
 * @param stream The stream returned by `completions({ ..., stream: true })`, not yet iterated.
 * @returns `["ok", Completion, meta]` (the meta of the streaming response), or the stream's final `["error", e]`.
 * @example
 * const [status, stream] = await completions({ model: "gpt-3.5-turbo-instruct", prompt: "Say hi", stream: true });
 * if (status === "ok") {
 *   const [, completion] = await collectCompletion(stream);
 *   console.log(completion?.choices[0]?.text);
 * }
 * @see https://platform.openai.com/docs/api-reference/completions/create
 */
export async function collectCompletion(stream: EventStream<Completion>): Promise<Result<Completion>> {
  const completion: Completion = { id: "", object: "text_completion", created: 0, model: "", choices: [] };
  const fold = ({ choices, usage, ...rest }: Completion) => {
    Object.assign(completion, rest);
    if (usage) completion.usage = usage;
    for (const { index, text, finish_reason, logprobs } of choices ?? []) {
      const choice = (completion.choices[index] ??= { index, text: "", logprobs: null, finish_reason: null });
      if (typeof text === "string") choice.text += text;
      if (finish_reason) choice.finish_reason = finish_reason;
      if (logprobs) choice.logprobs = appendLogprobs(choice.logprobs ?? {}, logprobs);
    }
  };
  return foldStream(stream, "completions", fold, () => ({ ...completion, choices: completion.choices.filter(Boolean) }));
}

function appendLogprobs(into: Logprobs, delta: Logprobs): Logprobs {
  for (const key of ["text_offset", "token_logprobs", "tokens", "top_logprobs"] as const) {
    const values = delta[key];
    if (values) (into as Record<string, unknown[]>)[key] = [...(into[key] ?? []), ...values];
  }
  return into;
}
