import engine from "../../../fixtures/engine.json";
import list from "../../../fixtures/engines_list.json";
import type { MockHandler } from "../types";
import { errorReply, withFields } from "./util";

export const enginesRoutes: Record<string, MockHandler> = {
  "GET /engines": { body: list },
  "GET /engines/:engine_id": (request) => {
    const id = request.params.engine_id ?? "";
    return list.data.some((known) => known.id === id) ? withFields(engine, { id }) : errorReply(404, `No engine with id ${id}`, "invalid_request_error");
  },
};
