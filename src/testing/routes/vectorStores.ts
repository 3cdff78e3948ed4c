/**
 * Vector stores. A file attached with `vectorStoreFileCreate` (or `vectorStoresCreate({ file_ids })`)
 * answers `in_progress` to its first retrieve and `completed` from the second on, so polling code
 * can be exercised; any other file is `completed` at once.
 */
import store from "../../../fixtures/vs_vector_store.json";
import storeList from "../../../fixtures/vs_vector_store_list.json";
import file from "../../../fixtures/vs_file.json";
import fileList from "../../../fixtures/vs_file_list.json";
import batch from "../../../fixtures/vs_file_batch.json";
import searchResults from "../../../fixtures/vs_search_results.json";
import fileContent from "../../../fixtures/vs_file_content.json";
import type { MockHandler, RecordedRequest } from "../types";
import type { MockState } from "./state";
import { errorReply, withFields } from "./util";

const MAX_PENDING = 1000;

function markPending(pending: Map<string, number>, vectorStoreId: string, fileId: string): void {
  if (pending.size >= MAX_PENDING) pending.delete(pending.keys().next().value as string);
  pending.set(`${vectorStoreId}/${fileId}`, 1);
}

/** `in_progress` while retrieves are left, then `completed` (and forgotten). */
function pollStatus(pending: Map<string, number>, vectorStoreId: string, fileId: string): "in_progress" | "completed" {
  const key = `${vectorStoreId}/${fileId}`;
  const left = pending.get(key);
  if (left === undefined) return "completed";
  if (left > 0) {
    pending.set(key, left - 1);
    return "in_progress";
  }
  pending.delete(key);
  return "completed";
}

function body(request: RecordedRequest): Record<string, unknown> {
  const json = request.json;
  return typeof json === "object" && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
}

const storeId = (request: RecordedRequest) => request.params.vector_store_id ?? "";

/** The vector-store routes of one server; files still processing live in `state.pendingFiles`. */
export function vectorStoresRoutes(state: MockState): Record<string, MockHandler> {
  const pending = state.pendingFiles;
  return {
    "GET /vector_stores": { body: storeList },
    "POST /vector_stores": (request) => {
      const fileIds = Array.isArray(body(request).file_ids) ? (body(request).file_ids as unknown[]).filter((id): id is string => typeof id === "string") : [];
      for (const fileId of fileIds) markPending(pending, store.id, fileId);
      const counts = { in_progress: fileIds.length, completed: 0, failed: 0, cancelled: 0, total: fileIds.length };
      return withFields(store, {
        name: body(request).name ?? store.name,
        metadata: body(request).metadata ?? {},
        usage_bytes: 0,
        file_counts: counts,
        status: fileIds.length > 0 ? "in_progress" : "completed",
      });
    },
    "GET /vector_stores/:vector_store_id": (request) => withFields(store, { id: storeId(request) }),
    "POST /vector_stores/:vector_store_id": (request) => withFields(store, { id: storeId(request), ...body(request) }),
    "DELETE /vector_stores/:vector_store_id": (request) => ({ body: { id: storeId(request), object: "vector_store.deleted", deleted: true } }),
    "POST /vector_stores/:vector_store_id/search": (request) => {
      const query = body(request).query;
      if (query === undefined) return errorReply(400, "Missing required parameter: 'query'.", "invalid_request_error", "missing_required_parameter", "query");
      return withFields(searchResults, { search_query: Array.isArray(query) ? query : [query] });
    },
    "GET /vector_stores/:vector_store_id/files": (request) => ({
      body: { ...fileList, data: fileList.data.map((entry) => ({ ...entry, vector_store_id: storeId(request) })) },
    }),
    "POST /vector_stores/:vector_store_id/files": (request) => {
      const fileId = body(request).file_id;
      if (typeof fileId !== "string")
        return errorReply(400, "Missing required parameter: 'file_id'.", "invalid_request_error", "missing_required_parameter", "file_id");
      markPending(pending, storeId(request), fileId);
      return withFields(file, {
        id: fileId,
        vector_store_id: storeId(request),
        status: "in_progress",
        usage_bytes: 0,
        attributes: body(request).attributes ?? {},
      });
    },
    "GET /vector_stores/:vector_store_id/files/:file_id": (request) =>
      withFields(file, {
        id: request.params.file_id,
        vector_store_id: storeId(request),
        status: pollStatus(pending, storeId(request), request.params.file_id ?? ""),
      }),
    "POST /vector_stores/:vector_store_id/files/:file_id": (request) =>
      withFields(file, { id: request.params.file_id, vector_store_id: storeId(request), attributes: body(request).attributes ?? null }),
    "DELETE /vector_stores/:vector_store_id/files/:file_id": (request) => ({
      body: { id: request.params.file_id, object: "vector_store.file.deleted", deleted: true },
    }),
    "GET /vector_stores/:vector_store_id/files/:file_id/content": { body: fileContent },
    "POST /vector_stores/:vector_store_id/file_batches": (request) => {
      const ids = body(request).file_ids ?? body(request).files;
      const total = Array.isArray(ids) ? ids.length : 0;
      return withFields(batch, { vector_store_id: storeId(request), file_counts: { in_progress: total, completed: 0, failed: 0, cancelled: 0, total } });
    },
    "GET /vector_stores/:vector_store_id/file_batches/:batch_id": (request) =>
      withFields(batch, { id: request.params.batch_id, vector_store_id: storeId(request) }),
    "POST /vector_stores/:vector_store_id/file_batches/:batch_id/cancel": (request) =>
      withFields(batch, { id: request.params.batch_id, vector_store_id: storeId(request), status: "cancelled" }),
    "GET /vector_stores/:vector_store_id/file_batches/:batch_id/files": (request) => ({
      body: { ...fileList, data: fileList.data.map((entry) => ({ ...entry, vector_store_id: storeId(request) })) },
    }),
  };
}
