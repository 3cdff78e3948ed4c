import { describe, expectTypeOf, it } from "vitest";
import { batches, batchRun, poll, type Batch, type BatchRunError, type ChatCompletion, type EmbeddingsResponse, type Result } from "../../src/index";

describe("batchRun and poll types", () => {
  it("the result body follows the endpoint; errors carry an optional custom_id", async () => {
    for await (const [status, item] of batchRun([{ model: "gpt-4o-mini", messages: [] }], { endpoint: "/v1/chat/completions" })) {
      if (status === "ok") expectTypeOf(item.response.body).toEqualTypeOf<ChatCompletion>();
      else {
        expectTypeOf(item).toEqualTypeOf<BatchRunError>();
        expectTypeOf(item.custom_id).toEqualTypeOf<string | undefined>();
      }
    }
    for await (const [status, item] of batchRun([{ custom_id: "a", body: { model: "m", input: "x" } }], { endpoint: "/v1/embeddings" })) {
      if (status === "ok") expectTypeOf(item.response.body).toEqualTypeOf<EmbeddingsResponse>();
    }
  });

  it("rejects an endpoint batchRun does not know", () => {
    // @ts-expect-error not a batch endpoint
    batchRun([], { endpoint: "/v1/images/generations" });
  });

  it("poll returns the retrieve's result type and types `until`", () => {
    expectTypeOf(poll(batches, ["batch_abc"], { until: (batch) => batch.status === "completed" })).toEqualTypeOf<Promise<Result<Batch>>>();
    // @ts-expect-error until gets a Batch, which has no `nope`
    poll(batches, ["batch_abc"], { until: (batch) => batch.nope === 1 });
  });
});
