/** The mock server's Batch API: batches made from uploaded files run their lines over ticks. */
import { describe, expect, it } from "vitest";
import { batches, batchesCancel, batchesCreate, filesContent, files, filesUpload, unwrap, type Batch } from "../../src/index";
import { useMockServer } from "../_helpers/mock";

const mock = useMockServer();

const line = (customId: string, model: string, content = customId, url = "/v1/chat/completions") =>
  JSON.stringify({ custom_id: customId, method: "POST", url, body: { model, messages: [{ role: "user", content }] } });
const jsonl = (...lines: string[]) => ({ data: new TextEncoder().encode(`${lines.join("\n")}\n`), filename: "in.jsonl" });

async function upload(...lines: string[]): Promise<string> {
  return unwrap(await filesUpload(jsonl(...lines), { purpose: "batch" }, mock.config())).id;
}
async function start(fileId: string, metadata?: Record<string, string>): Promise<string> {
  return unwrap(
    await batchesCreate(
      { input_file_id: fileId, endpoint: "/v1/chat/completions", completion_window: "24h", ...(metadata ? { metadata } : {}) },
      mock.config(),
    ),
  ).id;
}
const retrieve = async (id: string): Promise<Batch> => unwrap(await batches(id, mock.config()));
const text = async (fileId: string) => new TextDecoder().decode(unwrap(await filesContent(fileId, mock.config())));

describe("mock Batch API", () => {
  it("keeps a batch upload, serves it, and lists it", async () => {
    const input = [line("a", "gpt-4o-mini"), line("b", "gpt-4o-mini")];
    const id = await upload(...input);
    expect(id).toMatch(/^file-/);
    expect(await text(id)).toBe(`${input.join("\n")}\n`);
    expect(unwrap(await files(id, mock.config()))).toMatchObject({ id, purpose: "batch", filename: "in.jsonl" });
    // Other purposes keep the fixed answer.
    expect(unwrap(await filesUpload(jsonl(...input), { purpose: "fine-tune" }, mock.config())).id).toBe("file-123");
  });

  it("moves a batch through its phases over `mock_ticks` retrieves, with growing request_counts, then writes output and error files", async () => {
    const batchId = await start(await upload(line("a", "gpt-4o-mini", "hello"), line("b", "gpt-nope"), line("c", "gpt-4o-mini"), line("d", "gpt-4o-mini")), {
      mock_ticks: "2",
    });
    const seen: Array<[string, unknown]> = [];
    let batch: Batch;
    do {
      batch = await retrieve(batchId);
      seen.push([batch.status, batch.request_counts]);
    } while (batch.status !== "completed");
    expect(seen).toEqual([
      ["validating", { total: 0, completed: 0, failed: 0 }],
      ["in_progress", { total: 4, completed: 0, failed: 0 }],
      ["in_progress", { total: 4, completed: 1, failed: 1 }],
      ["finalizing", { total: 4, completed: 3, failed: 1 }],
      ["finalizing", { total: 4, completed: 3, failed: 1 }],
      ["completed", { total: 4, completed: 3, failed: 1 }],
    ]);
    const output = (await text(batch.output_file_id!))
      .trim()
      .split("\n")
      .map((entry) => JSON.parse(entry));
    expect(output.map((entry) => entry.custom_id)).toEqual(["a", "c", "d"]);
    expect(output[0]).toEqual({
      id: `batch_req_${batchId}_1`,
      custom_id: "a",
      error: null,
      response: {
        status_code: 200,
        request_id: `req_${batchId}_1`,
        body: expect.objectContaining({
          object: "chat.completion",
          model: "gpt-4o-mini",
          choices: [expect.objectContaining({ message: { role: "assistant", content: "echo: hello", refusal: null } })],
        }),
      },
    });
    const errors = (await text(batch.error_file_id!))
      .trim()
      .split("\n")
      .map((entry) => JSON.parse(entry));
    expect(errors).toEqual([
      {
        id: `batch_req_${batchId}_2`,
        custom_id: "b",
        error: null,
        response: { status_code: 404, request_id: `req_${batchId}_2`, body: { error: expect.objectContaining({ code: "model_not_found" }) } },
      },
    ]);
  });

  it("fails a batch whose input is refused, naming the lines", async () => {
    const batchId = await start(await upload(line("a", "gpt-4o-mini"), "not json", line("a", "gpt-4o-mini"), line("c", "gpt-4o-mini", "x", "/v1/embeddings")));
    const batch = await retrieve(batchId);
    expect(batch).toMatchObject({ status: "failed", output_file_id: null, error_file_id: null });
    expect(batch.errors?.data?.map((error) => [error.code, error.line])).toEqual([
      ["invalid_json_line", 2],
      ["duplicate_custom_id", 3],
      ["mismatched_endpoint", 4],
    ]);
  });

  it("expires a batch with a `batch-expires` line: the rest comes back, that line is a batch_expired error", async () => {
    const batchId = await start(await upload(line("a", "gpt-4o-mini"), line("b", "gpt-batch-expires")));
    await retrieve(batchId);
    const batch = await retrieve(batchId);
    expect(batch).toMatchObject({ status: "expired", request_counts: { total: 2, completed: 1, failed: 1 } });
    expect(JSON.parse(await text(batch.error_file_id!))).toMatchObject({ custom_id: "b", response: null, error: { code: "batch_expired" } });
    expect(JSON.parse(await text(batch.output_file_id!))).toMatchObject({ custom_id: "a" });
  });

  it("cancels: cancelling, then cancelled with the lines run so far; an ended batch refuses with 400", async () => {
    const batchId = await start(await upload(line("a", "gpt-4o-mini"), line("b", "gpt-4o-mini"), line("c", "gpt-4o-mini"), line("d", "gpt-4o-mini")), {
      mock_ticks: "4",
    });
    for (let tick = 0; tick < 6; tick++) await retrieve(batchId); // 4 ticks validating, then 2 of 4 in progress
    expect(unwrap(await batchesCancel(batchId, mock.config()))).toMatchObject({ status: "cancelling" });
    const batch = await retrieve(batchId);
    expect(batch).toMatchObject({ status: "cancelled", request_counts: { total: 4, completed: 2, failed: 0 } });
    expect(
      (await text(batch.output_file_id!))
        .trim()
        .split("\n")
        .map((entry) => JSON.parse(entry).custom_id),
    ).toEqual(["a", "b"]);
    expect((await batchesCancel(batchId, mock.config()))[1]).toMatchObject({ kind: "api", status: 400 });
  });
});
