import type { Config } from "../../config";
import type { Result } from "../../result";
import type { Edit, EditParams } from "../../types/edits";
import { request } from "../../_internal/request";

/**
 * Creates an edited version of the input following an instruction (a retired endpoint).
 *
 * @deprecated OpenAI retired `/edits`: use `chatCompletion` with the instruction in a message instead.
 * @param params `model`, `instruction` and `input`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "edit", created, choices: [{ text, index }], usage }, meta]` or `["error", e]`.
 * @example
 * const [status, edit] = await edits({ model: "text-davinci-edit-001", input: "What day of the wek is it?", instruction: "Fix the spelling mistakes" });
 * if (status === "ok") console.log(edit.choices[0]?.text);
 * @see https://platform.openai.com/docs/api-reference/edits/create
 */
export function edits(params: EditParams, config?: Config): Promise<Result<Edit>> {
  return request({ method: "POST", path: "/edits", params, config });
}
