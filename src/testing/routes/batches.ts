/**
 * Batches that progress. A batch made from a file uploaded to this server (purpose `batch`) runs
 * its lines: each retrieve is one tick, and every phase lasts `metadata.mock_ticks` ticks (default
 * 1): `validating` → `in_progress` (request_counts growing) → `finalizing` → `completed` with
 * output and error files built from the input lines (see `readBatchInput` for the lines that fail
 * or make the batch fail or expire). Cancel moves it to `cancelling`, then `cancelled` with the
 * lines run so far. A batch from any other file id keeps the short form: `in_progress`, then
 * `completed` with three results `request-1` … `request-3`.
 */
import batchFixture from "../../../fixtures/batch_batch.json";
import fileFixture from "../../../fixtures/file.json";
import type { MockHandler, MockReply } from "../types";
import { batchFileContent, countsOf, readBatchInput } from "./batchLines";
import { mockId, pageOf } from "./fineTuning";
import type { MockBatch, MockBatchRun, MockState } from "./state";

const fixture = batchFixture as MockBatch;

/** Requests per mock batch made from an unknown file (`custom_id` `request-1` … `request-3` in the output file). */
export const MOCK_BATCH_SIZE = 3;
/** The prefix of such a batch's output file id; the rest is the batch id. */
export const BATCH_OUTPUT_PREFIX = "file-batchout-";

const nowSeconds = () => Math.floor(Date.now() / 1000);

function advanceShort(batch: MockBatch): MockBatch {
  const now = nowSeconds();
  if (batch.status === "validating") return { ...batch, status: "in_progress", in_progress_at: now };
  if (batch.status === "in_progress") {
    const counts = { total: MOCK_BATCH_SIZE, completed: MOCK_BATCH_SIZE, failed: 0 };
    return { ...batch, status: "completed", finalizing_at: now, completed_at: now, output_file_id: BATCH_OUTPUT_PREFIX + batch.id, request_counts: counts };
  }
  if (batch.status === "cancelling") return { ...batch, status: "cancelled", cancelled_at: now };
  return batch;
}

/** Registers the output and error files of an ended batch (their content is built when read). */
function withFiles(state: MockState, batch: MockBatch, run: MockBatchRun, ended: Record<string, unknown>): MockBatch {
  const counts = countsOf(run, true);
  const expired = ended.status === "expired";
  const hasErrors = counts.failed > 0 || (expired && run.outcomes.includes("expire"));
  const file = (role: "output" | "error") => {
    const object = {
      ...fileFixture,
      id: mockId("file-"),
      bytes: 0,
      created_at: nowSeconds(),
      filename: `${batch.id}_${role}.jsonl`,
      purpose: "batch_output",
      status: "processed",
    };
    state.files.set(object.id, { object, batchId: batch.id, role });
    return object.id;
  };
  return {
    ...batch,
    ...ended,
    request_counts: counts,
    output_file_id: counts.completed > 0 ? file("output") : null,
    error_file_id: hasErrors ? file("error") : null,
  };
}

function advance(state: MockState, batch: MockBatch, run: MockBatchRun): MockBatch {
  const now = nowSeconds();
  const total = run.customIds.length;
  run.tick++;
  switch (batch.status) {
    case "validating":
      if (run.tick < run.ticks) return batch;
      run.tick = 0;
      if (run.invalid.length > 0) return { ...batch, status: "failed", failed_at: now, errors: { object: "list", data: run.invalid } };
      return { ...batch, status: "in_progress", in_progress_at: now, request_counts: countsOf(run, false) };
    case "in_progress": {
      run.done = Math.min(total, Math.ceil((total * run.tick) / run.ticks));
      if (run.done < total) return { ...batch, request_counts: countsOf(run, false) };
      run.tick = 0;
      if (run.outcomes.includes("expire")) return withFiles(state, batch, run, { status: "expired", expired_at: now });
      return { ...batch, status: "finalizing", finalizing_at: now, request_counts: countsOf(run, false) };
    }
    case "finalizing":
      if (run.tick < run.ticks) return batch;
      return withFiles(state, batch, run, { status: "completed", completed_at: now });
    case "cancelling":
      return withFiles(state, batch, run, { status: "cancelled", cancelled_at: now });
    default:
      return batch;
  }
}

function ticksOf(metadata: unknown): number {
  const ticks = Number((metadata as { mock_ticks?: unknown } | null)?.mock_ticks);
  return Number.isInteger(ticks) && ticks > 0 ? ticks : 1;
}

/** The batch routes of one server; created batches live in `state.batches`, their runs in `state.batchRuns`. */
export function batchesRoutes(state: MockState): Record<string, MockHandler> {
  const store = state.batches;
  const reply = (batch: MockBatch): MockReply => ({ body: batch });
  return {
    "POST /batches": (request) => {
      const body = (request.json ?? {}) as Record<string, unknown>;
      const now = nowSeconds();
      const batch: MockBatch = {
        ...fixture,
        id: mockId("batch_"),
        endpoint: String(body.endpoint ?? ""),
        input_file_id: String(body.input_file_id ?? ""),
        completion_window: String(body.completion_window ?? "24h"),
        status: "validating",
        errors: null,
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
      const input = state.files.get(batch.input_file_id as string);
      if (input && !input.batchId) state.batchRuns.set(batch.id, readBatchInput(input.data, batch.endpoint as string, ticksOf(body.metadata)));
      store.set(batch.id, batch);
      return reply(batch);
    },
    "GET /batches": (request) => pageOf([...store.values()].reverse().concat(fixture), request),
    "GET /batches/:batch": (request) => {
      const id = request.params.batch ?? "";
      const known = store.get(id);
      if (!known) return reply({ ...fixture, id });
      const run = state.batchRuns.get(id);
      const next = run ? advance(state, known, run) : advanceShort(known);
      store.set(id, next);
      return reply(next);
    },
    "POST /batches/:batch/cancel": (request) => {
      const id = request.params.batch ?? "";
      const known = store.get(id);
      if (known && ["completed", "failed", "expired", "cancelled"].includes(known.status)) {
        return {
          status: 400,
          body: { error: { message: `Cannot cancel a batch with status ${known.status}.`, type: "invalid_request_error", param: null, code: null } },
        };
      }
      const cancelling = { ...(known ?? fixture), id, status: "cancelling", cancelling_at: nowSeconds() };
      const run = state.batchRuns.get(id);
      if (run) run.tick = 0;
      store.set(id, cancelling);
      return reply(cancelling);
    },
  };
}

/** The content of a stored batch file (input, output or error), or `undefined` for an id the server does not keep. */
export function storedFileContent(state: MockState, fileId: string): Uint8Array | undefined {
  const entry = state.files.get(fileId);
  if (!entry) return undefined;
  if (!entry.batchId || !entry.role) return entry.data ?? new Uint8Array();
  const batch = state.batches.get(entry.batchId);
  const run = state.batchRuns.get(entry.batchId);
  const input = batch && state.files.get(batch.input_file_id as string);
  if (!batch || !run || !input?.data) return new Uint8Array();
  const content = batchFileContent(input.data, batch.endpoint as string, batch.id, run, entry.role, batch.status === "expired");
  entry.object.bytes = content.length;
  return content;
}
