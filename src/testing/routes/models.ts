import modelsList from "../../../fixtures/models_list.json";
import model from "../../../fixtures/model.json";
import type { MockHandler } from "../types";
import { errorReply, withFields } from "./util";

export const modelRoutes: Record<string, MockHandler> = {
  "GET /models": { body: modelsList },
  "GET /models/:model": (request) => {
    const id = request.params.model ?? "";
    return modelsList.data.some((known) => known.id === id) || id.startsWith("ft:")
      ? withFields(model, { id })
      : errorReply(404, `The model '${id}' does not exist`, "invalid_request_error", "model_not_found", "model");
  },
  "DELETE /models/:model": (request) => ({ body: { id: request.params.model, object: "model", deleted: true } }),
};
