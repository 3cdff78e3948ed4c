/**
 * Uploads lose nothing: the bytes the server receives equal the file on disk (size and SHA-256),
 * for text, binary and large inputs, and a retried upload sends the whole file again.
 * A 64 MiB case runs here; the 1 GiB case is a script, `npm run bench:upload-big`.
 */
import { createHash, randomBytes } from "node:crypto";
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFile } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filesUpload, type Config } from "../../src/index";
import { startMockServer, type MockServer, type RecordedFile } from "../../src/testing/index";
import { TEST_KEY, useMockServer } from "../_helpers/mock";

const mock = useMockServer();
const MiB = 1024 * 1024;
let dir = "";
/** A server that hashes and counts bodies without keeping them (large uploads). */
let hasher: MockServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "openai-ex-uploads-"));
  hasher = await startMockServer({ maxRecordedBody: MiB });
});
afterAll(async () => {
  await hasher.close();
  rmSync(dir, { recursive: true, force: true });
});

async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** Writes `size` bytes of varied binary content (a random block, each copy stamped with its index). */
async function writeBinary(path: string, size: number): Promise<void> {
  const block = randomBytes(MiB);
  const out = createWriteStream(path);
  for (let offset = 0, index = 0; offset < size; offset += MiB, index++) {
    const piece = Buffer.from(block.subarray(0, Math.min(MiB, size - offset)));
    piece.writeUInt32BE(index, 0);
    if (!out.write(piece)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

function onlyFile(server: MockServer, index = -1): RecordedFile {
  const request = server.requests.at(index);
  expect(request?.method).toBe("POST");
  expect(request?.path).toBe("/files");
  const files = request?.multipart?.files ?? [];
  expect(files).toHaveLength(1);
  return files[0] as RecordedFile;
}

const config = (server: MockServer, httpOptions: NonNullable<Config["httpOptions"]> = {}): Config => ({
  apiUrl: server.url,
  apiKey: TEST_KEY,
  httpOptions: { retryDelay: 1, timeout: 120_000, ...httpOptions },
});

describe("bytes received equal the file on disk", () => {
  it("a UTF-8 text file (JSONL with multi-byte characters and CRLF)", async () => {
    const path = join(dir, "train.jsonl");
    const lines = Array.from({ length: 500 }, (_, i) => JSON.stringify({ messages: [{ role: "user", content: `ligne ${i}: café ☕ 日本 🎉` }] }));
    writeFileSync(path, `${lines.join("\r\n")}\n`);
    const [status] = await filesUpload(path, { purpose: "fine-tune" }, mock.config());
    expect(status).toBe("ok");
    const file = onlyFile(mock.server);
    expect(file).toMatchObject({ field: "file", filename: "train.jsonl", size: statSync(path).size, sha256: await sha256OfFile(path) });
    expect(Buffer.from(file.data ?? []).equals(Buffer.from(await import("node:fs/promises").then((fs) => fs.readFile(path))))).toBe(true);
    expect(mock.server.lastRequest()?.multipart?.fields.purpose).toBe("fine-tune");
  });

  it("a binary file holding every byte value, CRLFs and boundary-like dashes", async () => {
    const path = join(dir, "blob.bin");
    const bytes = Buffer.concat([
      Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
      Buffer.from("\r\n--\r\n----formdata-undici-0\r\n\r\n--"),
      randomBytes(300_000),
      Buffer.from([0, 0, 13, 10, 45, 45]),
    ]);
    writeFileSync(path, bytes);
    const [status] = await filesUpload(path, { purpose: "batch" }, mock.config());
    expect(status).toBe("ok");
    expect(onlyFile(mock.server)).toMatchObject({ size: bytes.length, sha256: sha256(bytes), filename: "blob.bin" });
  });

  it("every input form: file: URL, Blob, File, Uint8Array, { data, filename }", async () => {
    const bytes = randomBytes(100_000);
    const path = join(dir, "forms.bin");
    writeFileSync(path, bytes);
    const inputs: Array<[string, unknown]> = [
      ["file: URL", pathToFileURL(path)],
      ["Blob", new Blob([bytes])],
      ["File", new File([bytes], "named.bin")],
      ["Uint8Array", new Uint8Array(bytes)],
      ["{ data, filename }", { data: new Uint8Array(bytes), filename: "data.bin" }],
    ];
    for (const [label, input] of inputs) {
      const [status, error] = await filesUpload(input as never, { purpose: "batch" }, mock.config());
      expect([label, status], JSON.stringify(error)).toEqual([label, "ok"]);
      expect(onlyFile(mock.server), label).toMatchObject({ size: bytes.length, sha256: sha256(bytes) });
    }
  });

  it("a 64 MiB file, streamed from disk", async () => {
    const path = join(dir, "big-64.bin");
    await writeBinary(path, 64 * MiB);
    const [status, data] = await filesUpload(path, { purpose: "batch" }, config(hasher));
    expect(status, JSON.stringify(data)).toBe("ok");
    expect(onlyFile(hasher)).toMatchObject({ size: 64 * MiB, sha256: await sha256OfFile(path) });
    rmSync(path);
  }, 120_000);

  it("a 256 MiB upload is streamed: the uploading process grows by far less than the file", async () => {
    const path = join(dir, "big-256.bin");
    await writeBinary(path, 256 * MiB);
    hasher.reset();
    const script = fileURLToPath(new URL("./fixtures/uploadRss.ts", import.meta.url));
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(process.execPath, ["--import", "tsx", script, hasher.url, path], { timeout: 120_000 }, (error, out, err) => {
        if (error) reject(new Error(`${error.message}\n${err}`));
        else resolve(out);
      });
    });
    const probe = JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as { status: string; ms: number; baselineMb: number; peakMb: number };
    console.info(`[reliability] 256 MiB upload in a child process: ${JSON.stringify(probe)}`);
    expect(probe.status).toBe("ok");
    expect(hasher.lastRequest()?.multipart?.files[0]).toMatchObject({ size: 256 * MiB, sha256: await sha256OfFile(path) });
    // Buffered for replay (fetch's redirect "follow" or "manual"), the peak is baseline + ~256 MiB.
    expect(probe.peakMb - probe.baselineMb).toBeLessThan(128);
    rmSync(path);
  }, 120_000);
});

describe("retries and redirects", () => {
  it("a retried upload (500, then 200) sends the whole file both times", async () => {
    const path = join(dir, "retry.bin");
    await writeBinary(path, 16 * MiB + 12_345);
    const expected = { size: statSync(path).size, sha256: await sha256OfFile(path) };
    hasher.reset();
    hasher.on("POST /files", { status: 500, body: { error: { message: "The server had an error", type: "server_error" } } }, 1);
    const [status, data] = await filesUpload(path, { purpose: "batch" }, config(hasher, { retry: 1 }));
    expect(status, JSON.stringify(data)).toBe("ok");
    expect(hasher.requests).toHaveLength(2);
    expect(onlyFile(hasher, 0)).toMatchObject(expected);
    expect(onlyFile(hasher, 1)).toMatchObject(expected);
    rmSync(path);
  }, 60_000);

  it("a retried upload from a Blob also resends every byte", async () => {
    const bytes = randomBytes(2 * MiB);
    mock.server.on("POST /files", { status: 503, body: "busy" }, 2);
    const [status] = await filesUpload(new Blob([bytes]), { purpose: "batch" }, mock.config({ httpOptions: { retry: 2 } }));
    expect(status).toBe("ok");
    expect(mock.server.requests).toHaveLength(3);
    for (let i = 0; i < 3; i++) expect(onlyFile(mock.server, i)).toMatchObject({ size: bytes.length, sha256: sha256(bytes) });
  });

  it("an upload answered with a redirect is not replayed to its target (not even on the same origin)", async () => {
    mock.server.on("POST /files", { status: 307, headers: { location: `${mock.server.url}/elsewhere` } });
    const [status, error] = await filesUpload(new Blob(["a,b\n"]), { purpose: "batch" }, mock.config({ httpOptions: { retry: 0 } }));
    expect(status).toBe("error");
    // fetch's redirect "error" mode (the one that streams uploads) reports the redirect as a network
    // failure; "manual" would give an http 307 (and buffer the whole body for a replay).
    expect(error).toMatchObject({ kind: "network", message: expect.stringContaining("uploads never follow redirects") });
    expect(mock.server.requests.map((request) => request.path)).toEqual(["/files"]);
  });

  it("an upload answered with a redirect is not retried either, with the default retries", async () => {
    mock.server.on("POST /files", { status: 307, headers: { location: `${mock.server.url}/elsewhere` } });
    const [status, error] = await filesUpload(new Blob(["a,b\n"]), { purpose: "batch" }, mock.config({ httpOptions: { retryDelay: 1 } }));
    expect(status).toBe("error");
    expect((error as { message: string }).message).toContain("uploads never follow redirects");
    expect(mock.server.requests.map((request) => request.path)).toEqual(["/files"]);
  });

  it("an unreadable path is a file error and nothing is sent", async () => {
    const [status, error] = await filesUpload(join(dir, "missing.jsonl"), { purpose: "batch" }, mock.config());
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "file", path: join(dir, "missing.jsonl") });
    const [dirStatus, dirError] = await filesUpload(dir, { purpose: "batch" }, mock.config());
    expect([dirStatus, (dirError as { kind: string }).kind]).toEqual(["error", "file"]);
    expect(mock.server.requests).toHaveLength(0);
  });
});
