import { describe, expect, it } from "vitest";
import { batches, batchesCreate, poll, unwrap, type Batch } from "../../src/index";
import { useMockServer } from "../_helpers/mock";

const mock = useMockServer();
const create = { input_file_id: "file-abc123", endpoint: "/v1/chat/completions", completion_window: "24h" } as const;
const final = (batch: Batch) => ["completed", "failed", "expired", "cancelled"].includes(batch.status);

describe("poll", () => {
  it("calls the retrieve function until `until` holds and returns its last result", async () => {
    const id = unwrap(await batchesCreate(create, mock.config())).id;
    const seen: Array<[string, number]> = [];
    const result = await poll(batches, [id, mock.config()], { until: final, interval: 1, onPoll: (batch, attempt) => seen.push([batch.status, attempt]) });
    expect(result).toEqual([
      "ok",
      expect.objectContaining({ id, status: "completed", output_file_id: `file-batchout-${id}` }),
      expect.objectContaining({ status: 200 }),
    ]);
    expect(seen).toEqual([
      ["in_progress", 1],
      ["completed", 2],
    ]);
    const gets = mock.server.requests.filter((request) => request.method === "GET");
    expect(gets.map((request) => request.path)).toEqual([`/batches/${id}`, `/batches/${id}`]);
  });

  it("returns the retrieve's own error as it is", async () => {
    const error = { error: { message: "No batch found with id 'batch_x'.", type: "invalid_request_error", param: null, code: null } };
    mock.server.on("GET /batches/:batch", { status: 404, body: error });
    const [status, failure] = await poll(batches, ["batch_x", mock.config()], { until: final, interval: 1 });
    expect(status).toBe("error");
    expect(failure).toMatchObject({ kind: "api", status: 404, error: error.error });
    expect(mock.server.requests).toHaveLength(1);
  });

  it("gives up with a timeout error when `until` never holds", async () => {
    // A limit of 0 ms: the first answer is already too late (no clock in the assertion).
    const result = await poll(batches, ["batch_abc123", mock.config()], { until: () => false, interval: 1, timeout: 0 });
    expect(result).toEqual(["error", { kind: "timeout", timeout: 0, message: "poll gave up after 0 ms (1 calls) before until() held; raise options.timeout" }]);
    expect(mock.server.requests).toHaveLength(1);
  });

  it("stops with an aborted error when the signal fires between two calls", async () => {
    const controller = new AbortController();
    const result = await poll(batches, ["batch_abc123", mock.config()], {
      until: () => false,
      interval: 60_000,
      signal: controller.signal,
      onPoll: () => controller.abort(),
    });
    expect(result).toEqual(["error", { kind: "aborted", message: "poll was aborted by the caller's signal" }]);
    expect(mock.server.requests).toHaveLength(1);
  });

  it("sends nothing with an already aborted signal", async () => {
    const result = await poll(batches, ["batch_abc123", mock.config()], { until: final, signal: AbortSignal.abort() });
    expect(result).toEqual(["error", { kind: "aborted", message: "poll was aborted by the caller's signal" }]);
    expect(mock.server.requests).toHaveLength(0);
  });

  it("answers bad arguments and throwing callbacks with argument errors", async () => {
    expect((await poll("batches" as never, [], { until: final }))[1]).toMatchObject({ kind: "argument", argument: "fn" });
    expect((await poll(batches, "batch_x" as never, { until: final }))[1]).toMatchObject({ kind: "argument", argument: "args" });
    expect((await poll(batches, ["batch_x"], {} as never))[1]).toMatchObject({ kind: "argument", argument: "options.until" });
    expect((await poll(batches, ["batch_x"], { until: final, interval: -1 }))[1]).toMatchObject({ kind: "argument", argument: "options.interval" });
    const thrown = await poll(batches, ["batch_abc123", mock.config()], {
      until: () => {
        throw new Error("nope");
      },
    });
    expect(thrown).toEqual(["error", { kind: "argument", argument: "poll", message: "poll stopped: a callback threw (nope)" }]);
    const notATuple = await poll(async () => 42 as never, [], { until: () => true });
    expect(notATuple[1]).toMatchObject({ kind: "argument", argument: "fn" });
  });
});
