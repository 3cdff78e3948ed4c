import { mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { batchRun, type BatchRunItem, type BatchRunProgress } from "../../src/index";
import { TEST_KEY, useMockServer } from "../_helpers/mock";

const mock = useMockServer();
const scratch = mkdtempSync(join(tmpdir(), "openai-ex-batchrun-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const chat = (content: string, model = "gpt-4o-mini") => ({ model, messages: [{ role: "user", content }] });
const fast = { endpoint: "/v1/chat/completions", pollInterval: 1, maxPollInterval: 2 } as const;
const posts = (path: string) => mock.server.requests.filter((request) => request.method === "POST" && request.path === path);
const uploadedLines = (index: number) => new TextDecoder().decode(posts("/files")[index]?.multipart?.files[0]?.data).trim().split("\n");

async function collect<R>(items: AsyncIterable<BatchRunItem<R>>): Promise<Array<BatchRunItem<R>>> {
  const all: Array<BatchRunItem<R>> = [];
  for await (const item of items) all.push(item);
  return all;
}

function* many(count: number, failAt: number): Generator<ReturnType<typeof chat>> {
  for (let position = 1; position <= count; position++) yield chat(`q${position}`, position === failAt ? "gpt-nope" : "gpt-4o-mini");
}

describe("batchRun", () => {
  it("120 000 requests with the default 50 000 limit: 3 files, 3 batches, every result once, in input order", async () => {
    const progress: BatchRunProgress[] = [];
    let position = 0;
    let outOfOrder = 0;
    const failed: BatchRunItem[] = [];
    for await (const item of batchRun(many(120_000, 60_001), { ...fast, metadata: { run: "nightly" }, onProgress: (p) => progress.push(p) }, mock.config())) {
      position++;
      if (item[1].custom_id !== `request-${position}`) outOfOrder++;
      if (item[0] === "error") failed.push(item);
      else if (item[1].response.body.choices[0]?.message.content !== `echo: q${position}`) outOfOrder++;
    }
    expect(failed.filter((item) => !item[1].custom_id)).toEqual([]);
    expect({ position, outOfOrder }).toEqual({ position: 120_000, outOfOrder: 0 });
    expect(failed).toEqual([
      [
        "error",
        expect.objectContaining({
          kind: "api",
          status: 404,
          custom_id: "request-60001",
          error: expect.objectContaining({ code: "model_not_found" }),
          headers: {},
          requestId: expect.stringMatching(/^req_batch_/),
        }),
      ],
    ]);
    expect(posts("/files")).toHaveLength(3);
    expect(posts("/files").map((request) => request.multipart?.fields.purpose)).toEqual(["batch", "batch", "batch"]);
    expect([0, 1, 2].map((index) => uploadedLines(index).length).sort()).toEqual([20_000, 50_000, 50_000]);
    const files = [0, 1, 2].map((index) => uploadedLines(index));
    expect(files.map((lines) => lines[0])).toContain(
      '{"custom_id":"request-1","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o-mini","messages":[{"role":"user","content":"q1"}]}}',
    );
    expect(files.map((lines) => lines.at(-1))).toContain(
      '{"custom_id":"request-120000","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o-mini","messages":[{"role":"user","content":"q120000"}]}}',
    );
    const creates = posts("/batches");
    expect(creates).toHaveLength(3);
    for (const request of creates) {
      expect(request.json).toEqual({
        input_file_id: expect.stringMatching(/^file-/),
        endpoint: "/v1/chat/completions",
        completion_window: "24h",
        metadata: { run: "nightly" },
      });
    }
    expect(new Set(creates.map((request) => (request.json as { input_file_id: string }).input_file_id)).size).toBe(3);
    const last = progress.at(-1)!;
    expect(last).toMatchObject({ shards: 3, completed: 119_999, failed: 1, total: 120_000 });
    expect(last.batches.map((batch) => [batch.shard, batch.requests, batch.status])).toEqual([
      [0, 50_000, "collected"],
      [1, 50_000, "collected"],
      [2, 20_000, "collected"],
    ]);
  }, 120_000);

  it("order: completion yields every result exactly once", async () => {
    const requests = Array.from({ length: 25 }, (_, index) => ({ custom_id: `q-${index}`, body: chat(`question ${index}`) }));
    const items = await collect(batchRun(requests, { ...fast, order: "completion", maxRequestsPerBatch: 10 }, mock.config()));
    expect(items.map((item) => item[1].custom_id).sort()).toEqual(requests.map((request) => request.custom_id).sort());
    expect(items.every((item) => item[0] === "ok")).toBe(true);
    expect(posts("/batches")).toHaveLength(3);
  });

  it("a failed batch makes every request of its shard a `batch` error carrying the batch's errors; other shards are fine", async () => {
    const requests = Array.from({ length: 6 }, (_, index) => chat(`q${index}`, index === 3 ? "gpt-4o-mini-batch-fails" : "gpt-4o-mini"));
    const items = await collect(batchRun(requests, { ...fast, maxRequestsPerBatch: 3 }, mock.config()));
    expect(items.map((item) => item[0])).toEqual(["ok", "ok", "ok", "error", "error", "error"]);
    const batchId =
      (mock.server.requests.find((request) => request.method === "GET" && request.path.startsWith("/batches/") && false) ?? {}) &&
      (items[3]![1] as { batchId: string }).batchId;
    expect(items[4]).toEqual([
      "error",
      {
        kind: "batch",
        batchId,
        status: "failed",
        custom_id: "request-5",
        errors: [{ code: "mock_batch_fails", message: "Line 1: model gpt-4o-mini-batch-fails fails the batch.", param: "body.model", line: 1 }],
        message: `Request request-5 has no result: batch ${batchId} failed (Line 1: model gpt-4o-mini-batch-fails fails the batch.)`,
      },
    ]);
  });

  it("an expired batch returns its finished part; the rest are `expired` errors", async () => {
    const requests = [chat("a"), chat("b", "gpt-batch-expires"), chat("c"), chat("d", "gpt-batch-expires")];
    const items = await collect(batchRun(requests, fast, mock.config()));
    expect(items.map((item) => [item[0], item[1].custom_id, item[0] === "error" ? item[1].kind : "ok"])).toEqual([
      ["ok", "request-1", "ok"],
      ["error", "request-2", "expired"],
      ["ok", "request-3", "ok"],
      ["error", "request-4", "expired"],
    ]);
    expect(items[1]![1]).toMatchObject({ kind: "expired", batchId: expect.stringMatching(/^batch_/), message: expect.stringContaining("expired") });
  });

  it("a duplicate custom_id is the one final argument error, before anything is sent", async () => {
    const requests = [
      { custom_id: "a", body: chat("1") },
      { custom_id: "b", body: chat("2") },
      { custom_id: "a", body: chat("3") },
    ];
    expect(await collect(batchRun(requests, fast, mock.config()))).toEqual([
      ["error", { kind: "argument", argument: "requests", message: "request 3: duplicate custom_id a; each request needs its own" }],
    ]);
    // A given id equal to a generated one is a duplicate too.
    const clash = [{ custom_id: "request-2", body: chat("1") }, chat("2")];
    expect((await collect(batchRun(clash, fast, mock.config())))[0]![1]).toMatchObject({
      kind: "argument",
      message: expect.stringContaining("request-2 was already given"),
    });
    expect(mock.server.requests).toHaveLength(0);
  });

  it("an upload that fails is the final error, without custom_id, and the iteration ends", async () => {
    mock.server.on("POST /files", { status: 400, body: { error: { message: "bad file", type: "invalid_request_error", param: null, code: null } } });
    const items = await collect(batchRun([chat("a")], fast, mock.config()));
    expect(items).toEqual([["error", expect.objectContaining({ kind: "api", status: 400, message: expect.stringContaining("bad file") })]]);
    expect(items[0]![1]).not.toHaveProperty("custom_id");
    expect(JSON.stringify(items)).not.toContain(TEST_KEY);
    expect(posts("/batches")).toHaveLength(0);
  });

  it("kill and resume: a run aborted after two batches were created, run again with its state file, creates no duplicate and completes", async () => {
    const statePath = join(scratch, "resume.json");
    const tempDir = mkdtempSync(join(scratch, "tmp-"));
    const requests = Array.from({ length: 30 }, (_, index) => chat(`q${index + 1}`));
    const controller = new AbortController();
    const options = { ...fast, maxRequestsPerBatch: 10, statePath, tempDir, metadata: { mock_ticks: "3" } };
    const onProgress = (p: BatchRunProgress) => {
      if (p.batches.filter((batch) => batch.batch_id).length === 2) controller.abort();
    };
    const first = await collect(batchRun(requests, { ...options, concurrency: 2, signal: controller.signal, onProgress }, mock.config()));
    expect(first).toEqual([["error", { kind: "aborted", message: "batchRun was aborted by the caller's signal" }]]);
    expect([posts("/files").length, posts("/batches").length]).toEqual([2, 2]);
    const saved = JSON.parse(readFileSync(statePath, "utf8")) as { shards: Array<{ batch_id: string | null }> };
    expect(saved.shards.map((shard) => shard.batch_id === null)).toEqual([false, false, true]);
    expect(readdirSync(tempDir)).toEqual([]);

    const second = await collect(batchRun(requests, options, mock.config()));
    expect(second.map((item) => [item[0], item[1].custom_id])).toEqual(requests.map((_, index) => ["ok", `request-${index + 1}`]));
    expect([posts("/files").length, posts("/batches").length]).toEqual([3, 3]);
    const resumedIds = posts("/batches").map((request) => (request.json as { input_file_id: string }).input_file_id);
    expect(new Set(resumedIds).size).toBe(3);
    expect(readdirSync(tempDir)).toEqual([]);

    // Everything was yielded: a third run yields nothing and downloads nothing, unless asked.
    const before = mock.server.requests.length;
    expect(await collect(batchRun(requests, options, mock.config()))).toEqual([]);
    expect(mock.server.requests.length).toBe(before);
    expect(await collect(batchRun(requests, { ...options, redownload: true }, mock.config()))).toHaveLength(30);
    expect([posts("/files").length, posts("/batches").length]).toEqual([3, 3]);
  });

  it("a state file that does not match the input is a config error, and nothing is sent", async () => {
    const statePath = join(scratch, "other.json");
    writeFileSync(statePath, JSON.stringify({ version: 1, endpoint: "/v1/chat/completions", total: 1, shards: [{ shard: 0, requests: 1, sha256: "0" }] }));
    const items = await collect(batchRun([chat("a")], { ...fast, statePath }, mock.config()));
    expect(items).toEqual([
      [
        "error",
        {
          kind: "config",
          message: `The batchRun state file ${statePath} does not match this input (shard 0 holds other requests): use another statePath, or delete the file to start a new run`,
        },
      ],
    ]);
    expect(mock.server.requests).toHaveLength(0);
  });

  it("cancelOnAbort cancels the batches the run created", async () => {
    const controller = new AbortController();
    const onProgress = (p: BatchRunProgress) => {
      if (p.batches.every((batch) => batch.batch_id)) controller.abort();
    };
    const options = { ...fast, maxRequestsPerBatch: 1, cancelOnAbort: true, signal: controller.signal, onProgress, metadata: { mock_ticks: "50" } };
    const items = await collect(batchRun([chat("a"), chat("b")], options, mock.config()));
    expect(items).toEqual([["error", { kind: "aborted", message: "batchRun was aborted by the caller's signal" }]]);
    const created = posts("/batches").length;
    expect(created).toBe(2);
    const cancels = mock.server.requests.filter((request) => request.path.endsWith("/cancel")).map((request) => request.path);
    expect(cancels.sort()).toEqual(
      mock.server.requests.filter((r) => r.method === "POST" && r.path === "/batches").map(() => expect.stringMatching(/^\/batches\/batch_\w+\/cancel$/)),
    );
  });

  it("a 429 while polling is retried by the normal retry rules, and a throwing onProgress is ignored", async () => {
    mock.server.on(
      "GET /batches/:batch",
      {
        status: 429,
        headers: { "retry-after-ms": "1" },
        body: { error: { message: "Rate limit reached", type: "requests", param: null, code: "rate_limit_exceeded" } },
      },
      1,
    );
    const onProgress = () => {
      throw new Error("progress bar broke");
    };
    const items = await collect(batchRun([chat("a"), chat("b")], { ...fast, onProgress }, mock.config()));
    expect(items.map((item) => [item[0], item[1].custom_id])).toEqual([
      ["ok", "request-1"],
      ["ok", "request-2"],
    ]);
    const polls = mock.server.requests.filter((request) => request.method === "GET" && request.path.startsWith("/batches/"));
    expect(polls.length).toBe(4); // the 429, then three retrieves: in_progress, finalizing, completed
  });

  it("breaking out of the loop stops the run and removes its temporary files", async () => {
    const tempDir = mkdtempSync(join(scratch, "break-"));
    const requests = Array.from({ length: 6 }, (_, index) => chat(`q${index}`));
    let seen = 0;
    for await (const item of batchRun(requests, { ...fast, maxRequestsPerBatch: 2, tempDir }, mock.config())) {
      expect(item).toEqual(["ok", expect.objectContaining({ custom_id: "request-1" })]);
      if (++seen === 1) break;
    }
    expect(readdirSync(tempDir)).toEqual([]);
  });

  it("embeddings: each result carries the endpoint's answer", async () => {
    const items = await collect(
      batchRun([{ custom_id: "e1", body: { model: "text-embedding-3-small", input: "hello" } }], { ...fast, endpoint: "/v1/embeddings" }, mock.config()),
    );
    expect(items).toEqual([
      [
        "ok",
        {
          custom_id: "e1",
          id: expect.stringMatching(/^batch_req_/),
          response: {
            status_code: 200,
            request_id: expect.any(String),
            body: expect.objectContaining({ object: "list", data: [expect.objectContaining({ object: "embedding", index: 0 })] }),
          },
        },
      ],
    ]);
    expect(uploadedLines(0)).toEqual(['{"custom_id":"e1","method":"POST","url":"/v1/embeddings","body":{"model":"text-embedding-3-small","input":"hello"}}']);
  });

  it("answers bad arguments with one argument error", async () => {
    expect(await collect(batchRun("prompts" as never, fast))).toEqual([["error", expect.objectContaining({ kind: "argument", argument: "requests" })]]);
    expect(await collect(batchRun([chat("a")], {} as never))).toEqual([["error", expect.objectContaining({ kind: "argument", argument: "options.endpoint" })]]);
    expect(await collect(batchRun([], fast, mock.config()))).toEqual([
      ["error", expect.objectContaining({ kind: "argument", message: expect.stringContaining("empty") })],
    ]);
    expect(await collect(batchRun([chat("a")], { ...fast, maxRequestsPerBatch: 0 }))).toEqual([
      ["error", expect.objectContaining({ argument: "options.maxRequestsPerBatch" })],
    ]);
    const nowhere = join(scratch, "missing", "dir");
    expect(await collect(batchRun([chat("a")], { ...fast, tempDir: nowhere }))).toEqual([
      ["error", { kind: "file", path: nowhere, message: `Cannot create batchRun's temporary folder in ${nowhere} (ENOENT); pass another tempDir` }],
    ]);
    const throwing = (function* () {
      yield chat("a");
      throw new Error("source broke");
    })();
    expect(await collect(batchRun(throwing, fast, mock.config()))).toEqual([
      ["error", { kind: "argument", argument: "requests", message: "Reading the requests failed (source broke)" }],
    ]);
    expect(mock.server.requests).toHaveLength(0);
  });
});
