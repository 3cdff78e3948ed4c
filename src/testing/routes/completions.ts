import completion from "../../../fixtures/completion.json";
import edit from "../../../fixtures/edit.json";
import type { MockHandler, MockReply, RecordedRequest } from "../types";
import { unknownModel } from "./util";

/** A completion as SSE frames: the text split in two chunks, then `[DONE]`. */
function completionStream(model: string): MockReply {
  const base = { id: completion.id, object: "text_completion", created: completion.created, model };
  const chunks = [" thing we", " are given"].map((text, index) => ({
    ...base,
    choices: [{ text, index: 0, logprobs: null, finish_reason: index === 1 ? "length" : null }],
  }));
  return { sse: [...chunks.map((chunk) => `data: ${JSON.stringify(chunk)}\n\n`), "data: [DONE]\n\n"] };
}

function answer(request: RecordedRequest, model: string): MockReply {
  const body = request.json as { stream?: unknown } | undefined;
  return body?.stream === true ? completionStream(model) : { body: { ...completion, model } };
}

export const completionsRoutes: Record<string, MockHandler> = {
  "POST /completions": (request) => {
    const model = (request.json as { model?: unknown } | undefined)?.model;
    return unknownModel(request) ?? answer(request, typeof model === "string" ? model : completion.model);
  },
  // The retired engine form: the engine names the model.
  "POST /engines/:engine_id/completions": (request) => answer(request, request.params.engine_id ?? "davinci"),
  "POST /edits": { body: edit },
};
