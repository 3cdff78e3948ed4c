/** The model's text → JSON → the schema's output, or a `validation` error holding the issues and the raw text. */
import { validationError, type ValidationError } from "../../errors";
import { describeError, type StructuredSchema } from "./schema";

/** The parsed value, or the `validation` error. */
export type ParseOutcome<T> = { ok: true; value: T } | { ok: false; error: ValidationError };

/**
 * Parses and checks what the model wrote.
 *
 * @param text The message content or tool-call arguments.
 * @param structured The schema carried by the request (none: JSON only, no validation).
 * @param what Names the value in the error message (`the structured output of choice 0`).
 * @param cut Set when the output stopped at the token limit (`finish_reason: "length"`), which the message then says.
 * @returns The value, or a `validation` error.
 */
export async function parseText<T>(text: string, structured: StructuredSchema<T> | undefined, what: string, cut: boolean): Promise<ParseOutcome<T>> {
  const hint = cut ? '; the output stopped at the token limit (finish reason "length"): raise max_completion_tokens / max_output_tokens' : "";
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: validationError(what, [{ path: [], message: `not valid JSON (${describeError(error)})` }], text, hint) };
  }
  if (!structured) return { ok: true, value: value as T };
  const outcome = await structured.check(value);
  return outcome.ok ? outcome : { ok: false, error: validationError(what, outcome.issues, text, hint) };
}
