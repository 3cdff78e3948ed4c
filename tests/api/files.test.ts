import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { files, filesDelete, filesUpload } from "../../src/index";
import file from "../../fixtures/file.json";
import filesList from "../../fixtures/files_list.json";
import { TEST_KEY, useMockServer } from "../_helpers/mock";

const mock = useMockServer();
const JSONL = resolve(import.meta.dirname, "../../fixtures/uploads/train.jsonl");
const jsonlBytes = new Uint8Array(readFileSync(JSONL));

function withEnv<T>(run: () => Promise<T>): Promise<T> {
  process.env.OPENAI_API_KEY = TEST_KEY;
  process.env.OPENAI_BASE_URL = mock.server.url;
  return run().finally(() => {
    delete process.env.OPENAI_API_KEY;
    delete process.env.OPENAI_BASE_URL;
  });
}

describe("files", () => {
  it("files() and files(config) list", async () => {
    expect(await withEnv(() => files())).toEqual(["ok", filesList, expect.anything()]);
    expect(await files(mock.config())).toEqual(["ok", filesList, expect.objectContaining({ status: 200 })]);
    expect(mock.server.requests.map((seen) => `${seen.method} ${seen.path}`)).toEqual(["GET /files", "GET /files"]);
    expect(mock.server.lastRequest()?.headers["content-type"]).toBeUndefined();
  });

  it("files(params) and files(params, config) list with a query; a config alone stays a config", async () => {
    expect(await files({ purpose: "fine-tune", limit: 2, order: "asc", after: "file-0" }, mock.config())).toEqual([
      "ok",
      filesList,
      expect.objectContaining({ status: 200 }),
    ]);
    expect(mock.server.lastRequest()).toMatchObject({
      method: "GET",
      path: "/files",
      query: { purpose: "fine-tune", limit: "2", order: "asc", after: "file-0" },
    });
    expect(await files({}, mock.config())).toEqual(["ok", filesList, expect.anything()]);
    expect(mock.server.lastRequest()?.query).toEqual({});
    const tenant = await files({ ...mock.config(), apiKey: "sk-tenant-0123456789" });
    expect(tenant[0]).toBe("ok");
    expect(mock.server.lastRequest()).toMatchObject({
      path: "/files",
      query: {},
      headers: expect.objectContaining({ authorization: "Bearer sk-tenant-0123456789" }),
    });
  });

  it("files(fileId) and files(fileId, config) retrieve", async () => {
    expect(await withEnv(() => files("file-123321"))).toEqual(["ok", file, expect.anything()]);
    expect(await files("file-abc", mock.config())).toEqual(["ok", { ...file, id: "file-abc" }, expect.anything()]);
    expect(mock.server.lastRequest()).toMatchObject({ method: "GET", path: "/files/file-abc" });
  });

  it("filesUpload(path, params, config) streams the file with the purpose as a field", async () => {
    const result = await filesUpload(JSONL, { purpose: "fine-tune" }, mock.config());
    expect(result).toEqual([
      "ok",
      { ...file, id: "file-123", bytes: jsonlBytes.length, created_at: 1675373519, filename: "train.jsonl", status: "uploaded" },
      expect.anything(),
    ]);
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "POST", path: "/files" });
    expect(seen?.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
    expect(seen?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen?.multipart).toEqual({
      fields: { purpose: "fine-tune" },
      files: [
        {
          field: "file",
          filename: "train.jsonl",
          contentType: "application/octet-stream",
          size: jsonlBytes.length,
          sha256: "e060f7db19ada8af7d6f1145b46100aa656ab7109c0affde69253f0b010ac469",
          data: jsonlBytes,
        },
      ],
    });
  });

  it("expires_after is sent as bracket fields", async () => {
    await filesUpload(JSONL, { purpose: "batch", expires_after: { anchor: "created_at", seconds: 3600 } }, mock.config());
    expect(mock.server.lastRequest()?.multipart?.fields).toEqual({ purpose: "batch", "expires_after[anchor]": "created_at", "expires_after[seconds]": "3600" });
  });

  it("filesDelete(fileId) sends DELETE /files/{id}", async () => {
    expect(await filesDelete("file-123", mock.config())).toEqual(["ok", { id: "file-123", object: "file", deleted: true }, expect.anything()]);
    expect(mock.server.lastRequest()).toMatchObject({ method: "DELETE", path: "/files/file-123", bodySize: 0 });
  });

  it("a config in the params position of filesUpload is an argument error and nothing is sent", async () => {
    const result = await filesUpload(JSONL, mock.config() as never);
    expect(result).toEqual(["error", expect.objectContaining({ kind: "argument", argument: "params" })]);
    expect(mock.server.requests).toHaveLength(0);
  });
});
