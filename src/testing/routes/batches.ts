/**
 * Batches that progress: a created batch is `validating`; each retrieve moves it on
 * (`in_progress`, then `completed` with an output file whose content route answers JSONL results).
 */
import batchFixture from "../../../fixtures/batch_batch.json";
import type { MockHandler, MockReply } from "../types";
import { mockId, pageOf } from "./fineTuning";
import type { MockBatch, MockState } from "./state";

const fixture = batchFixture as MockBatch;

/** Requests per mock batch (`custom_id` `request-1` … `request-3` in the output file). */
export const MOCK_BATCH_SIZE = 3;
/** The prefix of a mock batch's output file id; the rest is the batch id. */
export const BATCH_OUTPUT_PREFIX = "file-batchout-";

function advance(batch: MockBatch): MockBatch {
  const now = Math.floor(Date.now() / 1000);
  if (batch.status === "validating") return { ...batch, status: "in_progress", in_progress_at: now };
  if (batch.status === "in_progress") {
    const counts = { total: MOCK_BATCH_SIZE, completed: MOCK_BATCH_SIZE, failed: 0 };
    return { ...batch, status: "completed", finalizing_at: now, completed_at: now, output_file_id: BATCH_OUTPUT_PREFIX + batch.id, request_counts: counts };
  }
  if (batch.status === "cancelling") return { ...batch, status: "cancelled", cancelled_at: now };
  return batch;
}

function reply(batch: MockBatch): MockReply {
  return { body: batch };
}

/** The batch routes of one server; created batches live in `state.batches`. */
export function batchesRoutes(state: MockState): Record<string, MockHandler> {
  const store = state.batches;
  return {
    "POST /batches": (request) => {
      const body = (request.json ?? {}) as Record<string, unknown>;
      const now = Math.floor(Date.now() / 1000);
      const batch: MockBatch = {
        ...fixture,
        id: mockId("batch_"),
        endpoint: String(body.endpoint ?? ""),
        input_file_id: String(body.input_file_id ?? ""),
        completion_window: String(body.completion_window ?? "24h"),
        status: "validating",
        output_file_id: null,
        error_file_id: null,
        created_at: now,
        expires_at: now + 86_400,
        in_progress_at: null,
        finalizing_at: null,
        completed_at: null,
        request_counts: { total: 0, completed: 0, failed: 0 },
        metadata: body.metadata ?? null,
      };
      store.set(batch.id, batch);
      return reply(batch);
    },
    "GET /batches": (request) => pageOf([...store.values()].reverse().concat(fixture), request),
    "GET /batches/:batch": (request) => {
      const id = request.params.batch ?? "";
      const known = store.get(id);
      if (!known) return reply({ ...fixture, id });
      const next = advance(known);
      store.set(id, next);
      return reply(next);
    },
    "POST /batches/:batch/cancel": (request) => {
      const id = request.params.batch ?? "";
      const now = Math.floor(Date.now() / 1000);
      const cancelling = { ...(store.get(id) ?? fixture), id, status: "cancelling", cancelling_at: now };
      store.set(id, cancelling);
      return reply(cancelling);
    },
  };
}
