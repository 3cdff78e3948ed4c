import file from "../../../fixtures/file.json";
import filesList from "../../../fixtures/files_list.json";
import type { MockHandler } from "../types";
import { errorReply, withFields } from "./util";

export const filesRoutes: Record<string, MockHandler> = {
  "GET /files": { body: filesList },
  "GET /files/:file_id": (request) => withFields(file, { id: request.params.file_id }),
  // The upload answers with what was received: the name, the size and the purpose.
  "POST /files": (request) => {
    const part = request.multipart?.files.find((candidate) => candidate.field === "file");
    const purpose = request.multipart?.fields.purpose;
    if (!part) return errorReply(400, "Missing required parameter: 'file'.", "invalid_request_error", "missing_required_parameter", "file");
    if (typeof purpose !== "string") return errorReply(400, "Missing required parameter: 'purpose'.", "invalid_request_error", "missing_required_parameter", "purpose");
    return withFields(file, { id: "file-123", bytes: part.size, created_at: 1675373519, filename: part.filename, purpose, status: "uploaded" });
  },
  "DELETE /files/:file_id": (request) => ({ body: { id: request.params.file_id, object: "file", deleted: true } }),
};
