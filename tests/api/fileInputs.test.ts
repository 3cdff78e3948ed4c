// The upload layer (src/_internal/file.ts, multipart.ts) and the mock server's streaming multipart
// recorder. (Named fileInputs.test.ts: uploads.test.ts is taken by the Uploads API.)
import { createHash } from "node:crypto";
import { execFile } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { audioTranscription, filesUpload, type FileInput } from "../../src/index";
import { startMockServer } from "../../src/testing/index";
import { MultipartRecorder } from "../../src/testing/multipart";
import { TEST_KEY, useMockServer } from "../_helpers/mock";

const mock = useMockServer();
const PNG = resolve(import.meta.dirname, "../../fixtures/uploads/otter.png");
const pngBytes = new Uint8Array(readFileSync(PNG));
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const scratch = mkdtempSync(join(tmpdir(), "openai-ex-file-inputs-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** `filesUpload(path)` in a child process running as "nobody" (uid 65534); resolves with its result tuple. */
function uploadAsNobody(path: string): Promise<unknown> {
  const script = resolve(import.meta.dirname, "fixtures/uploadAs.ts");
  return new Promise((done, fail) => {
    execFile(process.execPath, ["--import", "tsx", script, mock.server.url, path], { uid: 65534, gid: 65534, timeout: 60_000 }, (error, stdout, stderr) => {
      if (error) fail(new Error(`the child process failed: ${error.message}\n${stderr}`));
      else done(JSON.parse(stdout.trim().split("\n").at(-1) ?? "null"));
    });
  });
}

describe("every FileInput form", () => {
  const bytes = new TextEncoder().encode('{"a":1}\n');
  const cases: Array<[string, FileInput, { filename: string; contentType: string; data: Uint8Array }]> = [
    ["a path string", PNG, { filename: "otter.png", contentType: "image/png", data: pngBytes }],
    ["a file: URL", pathToFileURL(PNG), { filename: "otter.png", contentType: "image/png", data: pngBytes }],
    ["a File", new File([bytes], "data.json", { type: "application/json" }), { filename: "data.json", contentType: "application/json", data: bytes }],
    ["a File without a type", new File([pngBytes], "pic.png"), { filename: "pic.png", contentType: "image/png", data: pngBytes }],
    ["a typed Blob", new Blob([pngBytes], { type: "image/png" }), { filename: "upload.png", contentType: "image/png", data: pngBytes }],
    ["an untyped Blob", new Blob([bytes]), { filename: "upload", contentType: "application/octet-stream", data: bytes }],
    ["a Uint8Array", bytes, { filename: "upload", contentType: "application/octet-stream", data: bytes }],
    ["{ data: Uint8Array, filename }", { data: bytes, filename: "train.json" }, { filename: "train.json", contentType: "application/json", data: bytes }],
    ["{ data: Blob, filename }", { data: new Blob([pngBytes]), filename: "x.png" }, { filename: "x.png", contentType: "image/png", data: pngBytes }],
  ];

  it.each(cases)("%s is uploaded with its filename, content type and bytes", async (_name, input, expected) => {
    const result = await filesUpload(input, { purpose: "assistants" }, mock.config());
    expect(result[0]).toBe("ok");
    const seen = mock.server.lastRequest();
    expect(seen?.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
    expect(seen?.multipart?.files).toEqual([{ field: "file", size: expected.data.length, sha256: sha256(expected.data), ...expected }]);
    expect(seen?.multipart?.fields).toEqual({ purpose: "assistants" });
  });
});

describe("unreadable inputs send nothing", () => {
  it("a missing path is a file error", async () => {
    const missing = join(scratch, "nope.jsonl");
    expect(await filesUpload(missing, { purpose: "fine-tune" }, mock.config())).toEqual([
      "error",
      { kind: "file", path: missing, message: `Cannot read upload file ${missing} (ENOENT)` },
    ]);
    expect(mock.server.requests).toHaveLength(0);
  });

  it("a directory is a file error", async () => {
    expect(await filesUpload(scratch, { purpose: "fine-tune" }, mock.config())).toEqual([
      "error",
      { kind: "file", path: scratch, message: `Cannot read upload file ${scratch} (EISDIR: it is a directory)` },
    ]);
    expect(await filesUpload(pathToFileURL(scratch), { purpose: "fine-tune" }, mock.config())).toEqual([
      "error",
      expect.objectContaining({ kind: "file", path: scratch }),
    ]);
    expect(mock.server.requests).toHaveLength(0);
  });

  // Root reads a file whatever its mode (CI runs as root): there the upload runs in a child process
  // as the unprivileged user "nobody", for whom the mode bits count.
  it("a file without read permission is a file error", async () => {
    const dir = join(scratch, "locked");
    mkdirSync(dir, { mode: 0o755 });
    chmodSync(dir, 0o755); // reachable by anyone (the scratch dir is 0700: open it to "nobody" too)
    chmodSync(scratch, 0o755);
    const locked = join(dir, "locked.jsonl");
    writeFileSync(locked, "{}\n", { mode: 0o000 });
    const result = process.getuid?.() === 0 ? await uploadAsNobody(locked) : await filesUpload(locked, { purpose: "fine-tune" }, mock.config());
    expect(result).toEqual(["error", { kind: "file", path: locked, message: `Cannot read upload file ${locked} (EACCES)` }]);
    expect(mock.server.requests).toHaveLength(0);
  });

  it("inputs of an unknown shape, empty paths and http URLs are argument errors", async () => {
    for (const input of [42, null, { data: "text", filename: "a.txt" }, { data: new Uint8Array(1), filename: "" }, "", new URL("https://example.com/a.png")]) {
      const result = await filesUpload(input as never, { purpose: "fine-tune" }, mock.config());
      expect(result).toEqual(["error", expect.objectContaining({ kind: "argument" })]);
    }
    expect(mock.server.requests).toHaveLength(0);
  });
});

describe("multipart fields", () => {
  it("arrays are repeated key[] fields, nested objects bracket fields, undefined and null skipped", async () => {
    const params = {
      model: "whisper-1",
      temperature: 0.5,
      timestamp_granularities: ["word", "segment"],
      chunking_strategy: { type: "server_vad", silence_duration_ms: 300 },
      prompt: undefined,
      language: null,
    };
    const result = await audioTranscription({ data: pngBytes, filename: "a.wav" }, params as never, mock.config());
    expect(result[0]).toBe("ok");
    expect(mock.server.lastRequest()?.multipart?.fields).toEqual({
      model: "whisper-1",
      temperature: "0.5",
      "timestamp_granularities[]": ["word", "segment"],
      "chunking_strategy[type]": "server_vad",
      "chunking_strategy[silence_duration_ms]": "300",
    });
  });
});

describe("the mock server's streaming multipart recorder", () => {
  it("hashes and counts a body over maxRecordedBody without keeping its bytes", async () => {
    const small = await startMockServer({ maxRecordedBody: 1024 });
    try {
      const big = new Uint8Array(300_000).map((_value, index) => (index * 7) & 0xff);
      const result = await filesUpload({ data: big, filename: "big.bin" }, { purpose: "batch" }, { apiUrl: small.url, apiKey: TEST_KEY });
      expect(result[0]).toBe("ok");
      const seen = small.lastRequest();
      expect(seen?.rawBody).toEqual(new Uint8Array(0));
      expect(seen?.multipart?.fields).toEqual({ purpose: "batch" });
      expect(seen?.multipart?.files).toEqual([
        { field: "file", filename: "big.bin", contentType: "application/octet-stream", size: big.length, sha256: sha256(big) },
      ]);
    } finally {
      await small.close();
    }
  });

  it("parses the same body whatever the chunk boundaries", () => {
    const boundary = "----b0undary";
    const file = new Uint8Array(5000).map((_value, index) => (index * 13) & 0xff);
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nbatch\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="f.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`),
      file,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const expected = {
      fields: { purpose: "batch" },
      files: [{ field: "file", filename: "f.bin", contentType: "application/octet-stream", size: file.length, sha256: sha256(file), data: file }],
    };
    for (const size of [1, 2, 3, 7, 64, 1000, body.length]) {
      const recorder = new MultipartRecorder(boundary, Number.POSITIVE_INFINITY);
      for (let offset = 0; offset < body.length; offset += size) recorder.write(body.subarray(offset, offset + size));
      expect(recorder.finish()).toEqual(expected);
    }
  });
});
