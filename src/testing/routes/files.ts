import file from "../../../fixtures/file.json";
import filesListFixture from "../../../fixtures/files_list.json";
import type { MockHandler } from "../types";
import { mockId } from "./fineTuning";
import type { MockState } from "./state";
import { errorReply, withFields } from "./util";

/**
 * The files routes of one server. An upload with purpose `batch` is kept (its bytes, under a new
 * id) so a batch can be made from it; any other upload answers `file-123` and is not kept.
 */
export function filesRoutes(state: MockState): Record<string, MockHandler> {
  const stored = state.files;
  return {
    "GET /files": () => {
      const list = filesList();
      return { body: { ...list, data: [...[...stored.values()].map((entry) => entry.object).reverse(), ...list.data] } };
    },
    "GET /files/:file_id": (request) => {
      const known = stored.get(request.params.file_id ?? "");
      return known ? { body: known.object } : withFields(file, { id: request.params.file_id });
    },
    // The upload answers with what was received: the name, the size and the purpose.
    "POST /files": (request) => {
      const part = request.multipart?.files.find((candidate) => candidate.field === "file");
      const purpose = request.multipart?.fields.purpose;
      if (!part) return errorReply(400, "Missing required parameter: 'file'.", "invalid_request_error", "missing_required_parameter", "file");
      if (typeof purpose !== "string")
        return errorReply(400, "Missing required parameter: 'purpose'.", "invalid_request_error", "missing_required_parameter", "purpose");
      if (purpose !== "batch")
        return withFields(file, { id: "file-123", bytes: part.size, created_at: 1675373519, filename: part.filename, purpose, status: "uploaded" });
      const object = {
        ...file,
        id: mockId("file-"),
        bytes: part.size,
        created_at: Math.floor(Date.now() / 1000),
        filename: part.filename,
        purpose,
        status: "processed",
      };
      stored.set(object.id, { object, data: part.data });
      return { body: object };
    },
    "DELETE /files/:file_id": (request) => {
      stored.delete(request.params.file_id ?? "");
      return { body: { id: request.params.file_id, object: "file", deleted: true } };
    },
  };
}

/** The fixture list, copied per reply. */
function filesList(): { data: unknown[] } & Record<string, unknown> {
  return { ...(filesListFixture as Record<string, unknown>), data: [...(filesListFixture as { data: unknown[] }).data] };
}
