import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filesUploadLarge, resetConfig, setConfig, uploadsAddPart, uploadsCancel, uploadsComplete, uploadsCreate } from "../../src/index";
import { uploadsRoutes } from "../../src/testing/routes/uploads";
import type { MockReply, RecordedRequest } from "../../src/testing/index";
import { TEST_KEY, useMockServer } from "../_helpers/mock";

const mock = useMockServer();
const meta = expect.objectContaining({ status: 200, requestId: expect.stringMatching(/^req_mock_/) });

const uploadId = (filename: string, purpose: string, bytes: number) =>
  `upload_${Buffer.from(JSON.stringify([filename, purpose, bytes])).toString("base64url")}`;
const partId = (data: Uint8Array) => `part_${data.length}_${createHash("sha256").update(data).digest("hex").slice(0, 10)}`;
const pending = { object: "upload", created_at: 1719184911, status: "pending", expires_at: 1719188511 };

// A 3.5 MB file of varied bytes, sent in 1 MiB parts: 4 parts, the last one short.
const MiB = 1024 * 1024;
const SIZE = Math.round(3.5 * MiB);
let dir = "";
let path = "";
let bytes = new Uint8Array();
const slices = () => [0, 1, 2, 3].map((index) => bytes.subarray(index * MiB, Math.min(SIZE, (index + 1) * MiB)));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "openai-ex-upload-"));
  path = join(dir, "big-input.jsonl");
  bytes = new Uint8Array(SIZE);
  // Pseudo-random bytes, so that every part (and its id) differs.
  let state = 2463534242;
  for (let index = 0; index < SIZE; index++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[index] = state & 0xff;
  }
  writeFileSync(path, bytes);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const byRoute = (route: string) => mock.server.requests.filter((request) => `${request.method} ${request.path.replace(/upload_[^/]+/, ":id")}` === route);
/** The default reply of a route, for overrides that only sometimes fail. */
const defaultReply = (route: string, request: RecordedRequest) => (uploadsRoutes[route] as (r: RecordedRequest) => MockReply)(request);

describe("uploads", () => {
  it("uploadsCreate(params) posts JSON", async () => {
    const params = { filename: "training_examples.jsonl", purpose: "fine-tune", bytes: 2147483648, mime_type: "text/jsonl" };
    const result = await uploadsCreate(params, mock.config());
    expect(result).toEqual([
      "ok",
      {
        ...pending,
        id: uploadId("training_examples.jsonl", "fine-tune", 2147483648),
        filename: "training_examples.jsonl",
        purpose: "fine-tune",
        bytes: 2147483648,
      },
      meta,
    ]);
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "POST", path: "/uploads", query: {}, json: params });
    expect(seen?.headers).toMatchObject({ authorization: `Bearer ${TEST_KEY}`, "content-type": "application/json" });
    expect(seen?.headers["openai-beta"]).toBeUndefined();
  });

  it("uploadsAddPart(uploadId, data) sends the part as the multipart field data", async () => {
    const data = new TextEncoder().encode('{"prompt":"hi"}\n');
    const result = await uploadsAddPart("upload_abc123", data, mock.config());
    expect(result).toEqual(["ok", { id: partId(data), object: "upload.part", created_at: 1719185911, upload_id: "upload_abc123" }, meta]);
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "POST", path: "/uploads/upload_abc123/parts", query: {} });
    expect(seen?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen?.multipart?.fields).toEqual({});
    expect(seen?.multipart?.files).toHaveLength(1);
    expect(seen?.multipart?.files[0]).toMatchObject({ field: "data", filename: "upload", contentType: "application/octet-stream", size: data.length, data });
  });

  it("uploadsAddPart(uploadId, path) streams a file; an unreadable path is a file error and nothing is sent", async () => {
    const result = await uploadsAddPart("upload_abc123", path, mock.config());
    expect(result).toEqual(["ok", { id: partId(bytes), object: "upload.part", created_at: 1719185911, upload_id: "upload_abc123" }, meta]);
    expect(mock.server.lastRequest()?.multipart?.files[0]).toMatchObject({ field: "data", filename: "big-input.jsonl", size: SIZE });
    mock.server.reset();
    const missing = await uploadsAddPart("upload_abc123", join(dir, "nope.bin"), mock.config());
    expect(missing).toEqual(["error", { kind: "file", path: join(dir, "nope.bin"), message: `Cannot read upload file ${join(dir, "nope.bin")} (ENOENT)` }]);
    expect(mock.server.requests).toHaveLength(0);
  });

  it("uploadsComplete(uploadId, params) answers the Upload with its File", async () => {
    const id = uploadId("a.jsonl", "batch", 10);
    const result = await uploadsComplete(id, { part_ids: ["part_6_aaaa", "part_4_bbbb"] }, mock.config());
    expect(result[0]).toBe("ok");
    expect(result[1]).toMatchObject({
      id,
      object: "upload",
      status: "completed",
      bytes: 10,
      file: { object: "file", bytes: 10, filename: "a.jsonl", purpose: "batch" },
    });
    expect(mock.server.lastRequest()).toMatchObject({ method: "POST", path: `/uploads/${id}/complete`, json: { part_ids: ["part_6_aaaa", "part_4_bbbb"] } });
  });

  it("uploadsCancel(uploadId) posts without a body", async () => {
    const result = await uploadsCancel("upload_abc123", mock.config());
    expect(result).toEqual([
      "ok",
      { ...pending, id: "upload_abc123", filename: "training_examples.jsonl", purpose: "fine-tune", bytes: 2147483648, status: "cancelled" },
      meta,
    ]);
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "POST", path: "/uploads/upload_abc123/cancel", bodySize: 0 });
    expect(seen?.headers["content-type"]).toBeUndefined();
  });
});

describe("filesUploadLarge", () => {
  it("creates, sends the parts, completes with the part ids in file order, and returns the File", async () => {
    const result = await filesUploadLarge(path, { purpose: "batch", partSize: MiB }, mock.config());
    const id = uploadId("big-input.jsonl", "batch", SIZE);
    const ids = slices().map(partId);
    expect(result).toEqual([
      "ok",
      {
        id: expect.stringMatching(/^file-/),
        object: "file",
        bytes: SIZE,
        created_at: 1719184971,
        filename: "big-input.jsonl",
        purpose: "batch",
        status: "processed",
      },
      meta,
    ]);
    expect(byRoute("POST /uploads")[0]?.json).toEqual({ purpose: "batch", bytes: SIZE, filename: "big-input.jsonl", mime_type: "text/jsonl" });
    const parts = byRoute("POST /uploads/:id/parts");
    expect(parts.map((part) => part.path)).toEqual(Array(4).fill(`/uploads/${id}/parts`));
    expect(parts.map((part) => part.multipart?.files[0]?.size).sort()).toEqual([MiB, MiB, MiB, SIZE - 3 * MiB].sort());
    expect(byRoute("POST /uploads/:id/complete")[0]?.json).toEqual({ part_ids: ids });
    expect(byRoute("POST /uploads/:id/cancel")).toHaveLength(0);
  });

  it("accepts a Blob, with the filename and mime type from params", async () => {
    const blob = new Blob([bytes.subarray(0, 300_000)]);
    const result = await filesUploadLarge(
      blob,
      { purpose: "user_data", filename: "notes.bin", mime_type: "application/pdf", partSize: 100_000 },
      mock.config(),
    );
    expect(result[0]).toBe("ok");
    expect(result[1]).toMatchObject({ object: "file", bytes: 300_000, filename: "notes.bin", purpose: "user_data" });
    expect(byRoute("POST /uploads")[0]?.json).toEqual({ purpose: "user_data", bytes: 300_000, filename: "notes.bin", mime_type: "application/pdf" });
    expect(byRoute("POST /uploads/:id/parts")).toHaveLength(3);
  });

  it("a part failing once with a 500 is retried on its own", async () => {
    mock.server.on("POST /uploads/:upload_id/parts", { status: 500, body: { error: { message: "boom", type: "server_error", param: null, code: null } } }, 1);
    const result = await filesUploadLarge(path, { purpose: "batch", partSize: MiB }, mock.config());
    expect(result[0]).toBe("ok");
    expect(byRoute("POST /uploads")).toHaveLength(1);
    expect(byRoute("POST /uploads/:id/parts")).toHaveLength(5);
    expect(byRoute("POST /uploads/:id/complete")[0]?.json).toEqual({ part_ids: slices().map(partId) });
  });

  it("a part whose connection drops is retried by the part loop, once", async () => {
    mock.server.on("POST /uploads/:upload_id/parts", { drop: "before-headers" }, 1);
    const result = await filesUploadLarge(path, { purpose: "batch", partSize: MiB }, mock.config({ httpOptions: { retry: 3 } }));
    expect(result[0]).toBe("ok");
    expect(byRoute("POST /uploads/:id/parts")).toHaveLength(5);
    expect(byRoute("POST /uploads/:id/complete")[0]?.json).toEqual({ part_ids: slices().map(partId) });
  });

  it("a part that keeps failing cancels the Upload and returns the error tuple", async () => {
    const third = partId(slices()[2] as Uint8Array);
    // Part 3 always answers 503; the others go through.
    mock.server.on("POST /uploads/:upload_id/parts", (request) => {
      const data = request.multipart?.files[0]?.data;
      if (data && partId(data) === third)
        return { status: 503, body: { error: { message: "Service unavailable", type: "server_error", param: null, code: null } } };
      return defaultReply("POST /uploads/:upload_id/parts", request);
    });
    const result = await filesUploadLarge(path, { purpose: "batch", partSize: MiB, partRetries: 1 }, mock.config({ httpOptions: { retry: 1 } }));
    const id = uploadId("big-input.jsonl", "batch", SIZE);
    expect(result).toEqual([
      "error",
      expect.objectContaining({
        kind: "api",
        status: 503,
        message: expect.stringMatching(new RegExp(`^Upload ${id} failed at part 3 of 4 and was cancelled: 503 Service unavailable`)),
      }),
    ]);
    // The part loop alone retries (partRetries: 1): 2 attempts for part 3, whatever httpOptions.retry says.
    expect(mock.server.requests.filter((request) => request.multipart?.files[0]?.data && partId(request.multipart.files[0].data) === third)).toHaveLength(2);
    expect(byRoute("POST /uploads/:id/cancel").map((request) => request.path)).toEqual([`/uploads/${id}/cancel`]);
    expect(byRoute("POST /uploads/:id/complete")).toHaveLength(0);
    expect(JSON.stringify(result)).not.toContain(TEST_KEY);
  });

  it("a failing completion cancels the Upload", async () => {
    mock.server.on("POST /uploads/:upload_id/complete", {
      status: 400,
      body: { error: { message: "Bad parts", type: "invalid_request_error", param: null, code: null } },
    });
    const result = await filesUploadLarge(path, { purpose: "batch", partSize: 2 * MiB }, mock.config());
    expect(result[0]).toBe("error");
    expect(result[1]).toMatchObject({ kind: "api", status: 400, message: expect.stringContaining("failed at completing it and was cancelled") });
    expect(byRoute("POST /uploads/:id/cancel")).toHaveLength(1);
  });

  it("never has more than two parts in flight", async () => {
    let inFlight = 0;
    let most = 0;
    mock.server.on("POST /uploads/:upload_id/parts", async (request) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5)); // let the other worker's part arrive, if it can
      inFlight--;
      return defaultReply("POST /uploads/:upload_id/parts", request);
    });
    const result = await filesUploadLarge(path, { purpose: "batch", partSize: 256 * 1024 }, mock.config());
    expect(result[0]).toBe("ok");
    expect(byRoute("POST /uploads/:id/parts")).toHaveLength(14);
    expect(most).toBeGreaterThanOrEqual(1);
    expect(most).toBeLessThanOrEqual(2);
  });

  it("the caller's signal stops the upload, which is cancelled", async () => {
    const controller = new AbortController();
    mock.server.on("POST /uploads/:upload_id/parts", (request) => {
      controller.abort();
      return { ...defaultReply("POST /uploads/:upload_id/parts", request), delay: 50 };
    });
    const result = await filesUploadLarge(path, { purpose: "batch", partSize: MiB }, mock.config({ httpOptions: { signal: controller.signal } }));
    expect(result[0]).toBe("error");
    expect(result[1]).toMatchObject({ kind: "aborted", message: expect.stringContaining("was cancelled") });
    expect(byRoute("POST /uploads/:id/cancel")).toHaveLength(1);
    expect(byRoute("POST /uploads/:id/complete")).toHaveLength(0);
  });

  it("a signal set with setConfig() stops the upload, and the cancel is still sent", async () => {
    const controller = new AbortController();
    mock.server.on("POST /uploads/:upload_id/parts", (request) => {
      controller.abort();
      return { ...defaultReply("POST /uploads/:upload_id/parts", request), delay: 50 };
    });
    setConfig({ ...mock.config(), httpOptions: { signal: controller.signal } });
    try {
      const result = await filesUploadLarge(path, { purpose: "batch", partSize: MiB });
      expect(result[1]).toMatchObject({ kind: "aborted", message: expect.stringContaining("was cancelled") });
    } finally {
      resetConfig();
    }
    expect(byRoute("POST /uploads/:id/cancel")).toHaveLength(1);
  });

  it("a part answered 429 with a Retry-After over maxRetryAfter is not retried by the part loop either", async () => {
    mock.server.on("POST /uploads/:upload_id/parts", {
      status: 429,
      headers: { "retry-after": "120" },
      body: { error: { message: "Slow down", type: "rate_limit_error", param: null, code: null } },
    });
    const result = await filesUploadLarge(path, { purpose: "batch", partSize: MiB, partRetries: 3 }, mock.config());
    expect(result).toEqual([
      "error",
      expect.objectContaining({ kind: "api", status: 429, retryAfter: 120_000, message: expect.stringContaining("was cancelled") }),
    ]);
    // One request per part in flight: the part loop does not wait two minutes, and no request retries on its own.
    expect(byRoute("POST /uploads/:id/parts").length).toBeLessThanOrEqual(2);
    expect(byRoute("POST /uploads/:id/cancel")).toHaveLength(1);
  });

  it("an abort while a failed part waits for its retry is an aborted error", async () => {
    const controller = new AbortController();
    mock.server.on("POST /uploads/:upload_id/parts", () => {
      setTimeout(() => controller.abort(), 50); // by then the part loop is in its (45 s or more) backoff
      return { status: 503, body: { error: { message: "Service unavailable", type: "server_error", param: null, code: null } } };
    });
    const result = await filesUploadLarge(
      path,
      { purpose: "batch", partSize: MiB },
      mock.config({ httpOptions: { retry: 0, retryDelay: 60_000, signal: controller.signal } }),
    );
    expect(result).toEqual(["error", expect.objectContaining({ kind: "aborted", message: expect.stringContaining("was cancelled") })]);
    expect(byRoute("POST /uploads/:id/cancel")).toHaveLength(1);
  });

  it("the filename in params gives the mime type of bare bytes and untyped Blobs", async () => {
    await filesUploadLarge(new Blob([bytes.subarray(0, 1000)]), { purpose: "batch", filename: "input.jsonl" }, mock.config());
    expect(byRoute("POST /uploads")[0]?.json).toMatchObject({ filename: "input.jsonl", mime_type: "text/jsonl" });
    await filesUploadLarge(bytes.subarray(0, 1000), { purpose: "user_data", filename: "report.pdf" }, mock.config());
    expect(byRoute("POST /uploads")[1]?.json).toMatchObject({ filename: "report.pdf", mime_type: "application/pdf" });
  });

  it("an unreadable file or bad options fail before anything is sent", async () => {
    const missing = join(dir, "missing.jsonl");
    expect(await filesUploadLarge(missing, { purpose: "batch" }, mock.config())).toEqual([
      "error",
      { kind: "file", path: missing, message: `Cannot read upload file ${missing} (ENOENT)` },
    ]);
    expect(await filesUploadLarge(path, { purpose: "batch", partSize: 0 }, mock.config())).toEqual([
      "error",
      { kind: "argument", argument: "params.partSize", message: "params.partSize must be a positive integer number of bytes" },
    ]);
    const misplaced = await filesUploadLarge(path, mock.config() as never);
    expect(misplaced[1]).toMatchObject({ kind: "argument", argument: "params" });
    expect(mock.server.requests).toHaveLength(0);
  });
});
