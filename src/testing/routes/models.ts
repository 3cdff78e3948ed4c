import modelsList from "../../../fixtures/models_list.json";
import model from "../../../fixtures/model.json";
import type { MockHandler, MockReply } from "../types";
import { errorReply, isMissingModel, withFields } from "./util";

/** The 404 of `GET`/`DELETE /models/:model` for a name the mock treats as missing. */
function missing(id: string): MockReply {
  return errorReply(404, `The model '${id}' does not exist`, "invalid_request_error", "model_not_found", "model");
}

export const modelRoutes: Record<string, MockHandler> = {
  "GET /models": { body: modelsList },
  "GET /models/:model": (request) => {
    const id = request.params.model ?? "";
    return isMissingModel(id) ? missing(id) : withFields(model, { id });
  },
  "DELETE /models/:model": (request) => {
    const id = request.params.model ?? "";
    return isMissingModel(id) ? missing(id) : { body: { id, object: "model", deleted: true } };
  },
};
