import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filesContent, filesDownload } from "../../src/index";
import { TEST_KEY, useMockServer } from "../_helpers/mock";

const mock = useMockServer();
let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "openai-ex-filecontent-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const bytesOf = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 7) % 256);

describe("filesContent", () => {
  it("returns the raw bytes and sends Accept */*", async () => {
    const [status, bytes, meta] = await filesContent("file-abc123", mock.config());
    expect(status).toBe("ok");
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(bytes as Uint8Array)).toContain('"What is the capital of France?"');
    expect(meta?.status).toBe(200);
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "GET", path: "/files/file-abc123/content", bodySize: 0 });
    expect(seen?.headers.accept).toBe("*/*");
    expect(seen?.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
  });

  it("returns bytes even when the server says JSON", async () => {
    mock.server.on("GET /files/:id/content", { headers: { "content-type": "application/json" }, body: '{"a":1}' });
    const [, bytes] = await filesContent("file-json", mock.config());
    expect(bytes).toEqual(new TextEncoder().encode('{"a":1}'));
  });

  it("a missing file is an api error; a bad id an argument error", async () => {
    mock.server.on("GET /files/:id/content", {
      status: 404,
      body: { error: { message: "No such File object: file-nope", type: "invalid_request_error", param: "id", code: null } },
    });
    expect((await filesContent("file-nope", mock.config()))[1]).toMatchObject({ kind: "api", status: 404 });
    expect(await filesContent("", mock.config())).toEqual([
      "error",
      { kind: "argument", argument: "file_id", message: "file_id must be a non-empty string, got an empty string" },
    ]);
  });
});

describe("filesDownload", () => {
  it("streams the body to destPath and returns { path, bytes }", async () => {
    const body = bytesOf(300_000);
    mock.server.on("GET /files/:id/content", { headers: { "content-type": "application/octet-stream" }, body, chunkSize: 65_536 });
    const dest = join(dir, "out.bin");
    const result = await filesDownload("file-big", dest, mock.config());
    expect(result).toEqual(["ok", { path: dest, bytes: 300_000 }, expect.objectContaining({ status: 200 })]);
    expect(new Uint8Array(await readFile(dest))).toEqual(body);
    expect(mock.server.lastRequest()?.headers.accept).toBe("*/*");
    expect((await readdir(dir)).filter((name) => name.endsWith(".part"))).toEqual([]);
  });

  it("filesDownload(fileId, destPath) uses the environment's config and GETs /files/{id}/content", async () => {
    const dest = join(dir, "train.jsonl");
    process.env.OPENAI_API_KEY = TEST_KEY;
    process.env.OPENAI_BASE_URL = mock.server.url;
    let result: Awaited<ReturnType<typeof filesDownload>>;
    try {
      result = await filesDownload("file-abc123", dest);
    } finally {
      delete process.env.OPENAI_API_KEY;
      delete process.env.OPENAI_BASE_URL;
    }
    const written = await readFile(dest);
    const lines = written.toString("utf8").split("\n");
    expect(lines.at(-1)).toBe("");
    expect(lines.slice(0, -1).map((line) => JSON.parse(line))).toEqual([
      {
        messages: [
          { role: "user", content: "What is the capital of France?" },
          { role: "assistant", content: "Paris." },
        ],
      },
      {
        messages: [
          { role: "user", content: "What is 2 + 2?" },
          { role: "assistant", content: "4." },
        ],
      },
    ]);
    expect(result).toEqual([
      "ok",
      { path: dest, bytes: written.byteLength },
      expect.objectContaining({ status: 200, requestId: expect.stringMatching(/^req_mock_/) }),
    ]);
    expect(mock.server.requests).toHaveLength(1);
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "GET", path: "/files/file-abc123/content", url: "/v1/files/file-abc123/content", query: {}, bodySize: 0 });
    expect(seen?.headers).toMatchObject({ accept: "*/*", authorization: `Bearer ${TEST_KEY}` });
    expect(seen?.headers["content-type"]).toBeUndefined();
    expect((await readdir(dir)).filter((name) => name.endsWith(".part"))).toEqual([]);
  });

  it("replaces an existing file only when the download completes", async () => {
    const dest = join(dir, "keep.txt");
    await writeFile(dest, "previous content");
    mock.server.on("GET /files/:id/content", { body: bytesOf(10_000), drop: "mid-body" });
    const [status, error] = await filesDownload("file-cut", dest, mock.config({ httpOptions: { retry: 0 } }));
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "network" });
    expect(await readFile(dest, "utf8")).toBe("previous content");
    expect((await readdir(dir)).filter((name) => name.endsWith(".part"))).toEqual([]);
  });

  it("leaves no file when the server answers an error", async () => {
    const dest = join(dir, "never.bin");
    mock.server.on("GET /files/:id/content", {
      status: 404,
      body: { error: { message: "No such File object", type: "invalid_request_error", param: null, code: null } },
    });
    const [status, error] = await filesDownload("file-nope", dest, mock.config());
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "api", status: 404 });
    expect(await readdir(dir)).not.toContain("never.bin");
    expect((await readdir(dir)).filter((name) => name.endsWith(".part"))).toEqual([]);
  });

  it("an unwritable destination is a file error and nothing is sent", async () => {
    const dest = join(dir, "no-such-dir", "out.bin");
    const [status, error] = await filesDownload("file-abc123", dest, mock.config());
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "file", path: dest });
    expect((error as { message: string }).message).toContain("ENOENT");
    expect(mock.server.requests).toHaveLength(0);
  });

  it("a directory at destPath is a file error and nothing is sent", async () => {
    const [status, error] = await filesDownload("file-abc123", dir, mock.config());
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "file", path: dir, message: expect.stringContaining("EISDIR") });
    expect(mock.server.requests).toHaveLength(0);
    expect((await readdir(dir)).filter((name) => name.endsWith(".part"))).toEqual([]);
  });

  it("a destPath that is not a string is an argument error", async () => {
    const result = await filesDownload("file-abc123", 42 as never, mock.config());
    expect(result).toEqual(["error", { kind: "argument", argument: "destPath", message: "destPath must be a non-empty string, got number" }]);
    expect(mock.server.requests).toHaveLength(0);
  });

  it("a stream idle past streamIdleTimeout is a timeout error and leaves no file", async () => {
    const dest = join(dir, "idle.bin");
    mock.server.on("GET /files/:id/content", { headers: { "content-length": "100" }, body: bytesOf(10), hang: true });
    const [status, error] = await filesDownload("file-idle", dest, mock.config({ httpOptions: { streamIdleTimeout: 50, retry: 0 } }));
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "timeout", timeout: 50 });
    expect(await readdir(dir)).not.toContain("idle.bin");
    expect((await readdir(dir)).filter((name) => name.endsWith(".part"))).toEqual([]);
  });
});
