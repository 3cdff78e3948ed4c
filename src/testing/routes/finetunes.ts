import fineTune from "../../../fixtures/finetune.json";
import cancelled from "../../../fixtures/finetune_cancelled.json";
import events from "../../../fixtures/finetune_events.json";
import list from "../../../fixtures/finetunes_list.json";
import type { MockHandler } from "../types";
import { errorReply, withFields } from "./util";

export const finetunesRoutes: Record<string, MockHandler> = {
  "GET /fine-tunes": { body: list },
  "GET /fine-tunes/:fine_tune_id": (request) => withFields(fineTune, { id: request.params.fine_tune_id }),
  "POST /fine-tunes": (request) => {
    const body = request.json as { training_file?: unknown; model?: unknown } | undefined;
    if (typeof body?.training_file !== "string") {
      return errorReply(400, "Missing required parameter: 'training_file'.", "invalid_request_error", "missing_required_parameter", "training_file");
    }
    return withFields(fineTune, { model: typeof body.model === "string" ? body.model : "curie" });
  },
  "POST /fine-tunes/:fine_tune_id/cancel": (request) => withFields(cancelled, { id: request.params.fine_tune_id }),
  "GET /fine-tunes/:fine_tune_id/events": { body: events },
};
