import { describe, expect, it } from "vitest";
import {
  vectorStoreFile,
  vectorStoreFileBatch,
  vectorStoreFileBatchCancel,
  vectorStoreFileBatchCreate,
  vectorStoreFileBatchFiles,
  vectorStoreFileContent,
  vectorStoreFileCreate,
  vectorStoreFileDelete,
  vectorStoreFileModify,
  vectorStoreFiles,
  vectorStores,
  vectorStoresCreate,
  vectorStoresDelete,
  vectorStoresModify,
  vectorStoresSearch,
} from "../../src/index";
import store from "../../fixtures/vs_vector_store.json";
import storeList from "../../fixtures/vs_vector_store_list.json";
import file from "../../fixtures/vs_file.json";
import fileList from "../../fixtures/vs_file_list.json";
import batch from "../../fixtures/vs_file_batch.json";
import searchResults from "../../fixtures/vs_search_results.json";
import fileContent from "../../fixtures/vs_file_content.json";
import { TEST_KEY, useMockServer } from "../_helpers/mock";

const mock = useMockServer();
const meta = expect.objectContaining({ status: 200, requestId: expect.stringMatching(/^req_mock_/) });

function seen() {
  const request = mock.server.lastRequest();
  return {
    method: request?.method,
    path: request?.path,
    query: request?.query,
    json: request?.json,
    authorization: request?.headers.authorization,
    contentType: request?.headers["content-type"],
    beta: request?.headers["openai-beta"],
  };
}

const get = (path: string, query: Record<string, unknown> = {}) => ({
  method: "GET",
  path,
  query,
  json: undefined,
  authorization: `Bearer ${TEST_KEY}`,
  contentType: undefined,
  beta: "assistants=v2",
});
const post = (path: string, json: unknown) => ({
  method: "POST",
  path,
  query: {},
  json,
  authorization: `Bearer ${TEST_KEY}`,
  contentType: "application/json",
  beta: "assistants=v2",
});
const del = (path: string) => ({ ...get(path), method: "DELETE" });

describe("vector stores", () => {
  it("vectorStores() lists with the default config and OpenAI-Beta: assistants=v2", async () => {
    process.env.OPENAI_API_KEY = TEST_KEY;
    process.env.OPENAI_BASE_URL = mock.server.url;
    try {
      expect(await vectorStores()).toEqual(["ok", storeList, meta]);
      expect(seen()).toEqual(get("/vector_stores"));
    } finally {
      delete process.env.OPENAI_API_KEY;
      delete process.env.OPENAI_BASE_URL;
    }
  });

  it("vectorStores(params, config) lists with the query", async () => {
    expect(await vectorStores({ limit: 2, order: "asc", after: "vs_0", before: "vs_9" }, mock.config())).toEqual(["ok", storeList, meta]);
    expect(seen()).toEqual(get("/vector_stores", { limit: "2", order: "asc", after: "vs_0", before: "vs_9" }));
  });

  it("vectorStores(vectorStoreId, config) retrieves", async () => {
    expect(await vectorStores("vs_abc999", mock.config())).toEqual(["ok", { ...store, id: "vs_abc999" }, meta]);
    expect(seen()).toEqual(get("/vector_stores/vs_abc999"));
  });

  it("a configured beta replaces the default header", async () => {
    await vectorStores("vs_abc123", mock.config({ beta: "assistants=v3" }));
    expect(seen().beta).toBe("assistants=v3");
  });

  it("vectorStoresCreate(params) posts JSON", async () => {
    const params = { name: "Support FAQ", metadata: { team: "support" } };
    expect(await vectorStoresCreate(params, mock.config())).toEqual([
      "ok",
      { ...store, metadata: { team: "support" }, usage_bytes: 0, file_counts: { in_progress: 0, completed: 0, failed: 0, cancelled: 0, total: 0 } },
      meta,
    ]);
    expect(seen()).toEqual(post("/vector_stores", params));
  });

  it("vectorStoresModify(vectorStoreId, params) posts JSON", async () => {
    const params = { name: "Support FAQ v2", expires_after: { anchor: "last_active_at" as const, days: 7 } };
    expect(await vectorStoresModify("vs_abc123", params, mock.config())).toEqual(["ok", { ...store, ...params }, meta]);
    expect(seen()).toEqual(post("/vector_stores/vs_abc123", params));
  });

  it("vectorStoresDelete(vectorStoreId) deletes", async () => {
    expect(await vectorStoresDelete("vs_abc123", mock.config())).toEqual(["ok", { id: "vs_abc123", object: "vector_store.deleted", deleted: true }, meta]);
    expect(seen()).toEqual(del("/vector_stores/vs_abc123"));
  });

  it("vectorStoresSearch(vectorStoreId, params) posts the query and filters", async () => {
    const params = {
      query: "What is the return policy?",
      max_num_results: 5,
      filters: { type: "and" as const, filters: [{ type: "eq" as const, key: "author", value: "John Doe" }] },
      ranking_options: { ranker: "auto" as const, score_threshold: 0.5 },
    };
    expect(await vectorStoresSearch("vs_abc123", params, mock.config())).toEqual(["ok", searchResults, meta]);
    expect(seen()).toEqual(post("/vector_stores/vs_abc123/search", params));
  });

  it("vectorStoreFiles(vectorStoreId[, params]) lists", async () => {
    expect(await vectorStoreFiles("vs_abc123", { filter: "completed", limit: 2 }, mock.config())).toEqual(["ok", fileList, meta]);
    expect(seen()).toEqual(get("/vector_stores/vs_abc123/files", { filter: "completed", limit: "2" }));
    expect(await vectorStoreFiles("vs_abc123", {}, mock.config())).toEqual(["ok", fileList, meta]);
    expect(seen()).toEqual(get("/vector_stores/vs_abc123/files"));
  });

  it("vectorStoreFiles(vectorStoreId) with params omitted uses the environment's config and sends no query", async () => {
    process.env.OPENAI_API_KEY = TEST_KEY;
    process.env.OPENAI_BASE_URL = mock.server.url;
    try {
      expect(await vectorStoreFiles("vs_other")).toEqual([
        "ok",
        { ...fileList, data: fileList.data.map((entry) => ({ ...entry, vector_store_id: "vs_other" })) },
        meta,
      ]);
    } finally {
      delete process.env.OPENAI_API_KEY;
      delete process.env.OPENAI_BASE_URL;
    }
    expect(mock.server.requests).toHaveLength(1);
    expect(seen()).toEqual(get("/vector_stores/vs_other/files"));
    expect(mock.server.lastRequest()).toMatchObject({ url: "/v1/vector_stores/vs_other/files", bodySize: 0 });
  });

  it("vectorStoreFileBatchFiles(vectorStoreId, batchId) with params omitted uses the environment's config and sends no query", async () => {
    process.env.OPENAI_API_KEY = TEST_KEY;
    process.env.OPENAI_BASE_URL = mock.server.url;
    try {
      expect(await vectorStoreFileBatchFiles("vs_abc123", "vsfb_abc123")).toEqual(["ok", fileList, meta]);
    } finally {
      delete process.env.OPENAI_API_KEY;
      delete process.env.OPENAI_BASE_URL;
    }
    expect(mock.server.requests).toHaveLength(1);
    expect(seen()).toEqual(get("/vector_stores/vs_abc123/file_batches/vsfb_abc123/files"));
    expect(mock.server.lastRequest()).toMatchObject({ url: "/v1/vector_stores/vs_abc123/file_batches/vsfb_abc123/files", bodySize: 0 });
  });

  it("vectorStoreFileCreate then vectorStoreFile: in_progress, then completed", async () => {
    const created = await vectorStoreFileCreate("vs_poll", { file_id: "file-poll1", attributes: { author: "Jane" } }, mock.config());
    expect(created).toEqual([
      "ok",
      { ...file, id: "file-poll1", vector_store_id: "vs_poll", status: "in_progress", usage_bytes: 0, attributes: { author: "Jane" } },
      meta,
    ]);
    expect(seen()).toEqual(post("/vector_stores/vs_poll/files", { file_id: "file-poll1", attributes: { author: "Jane" } }));
    const first = await vectorStoreFile("vs_poll", "file-poll1", mock.config());
    expect(first).toEqual(["ok", { ...file, id: "file-poll1", vector_store_id: "vs_poll", status: "in_progress" }, meta]);
    expect(seen()).toEqual(get("/vector_stores/vs_poll/files/file-poll1"));
    const second = await vectorStoreFile("vs_poll", "file-poll1", mock.config());
    expect(second).toEqual(["ok", { ...file, id: "file-poll1", vector_store_id: "vs_poll", status: "completed" }, meta]);
  });

  it("vectorStoreFileModify(vectorStoreId, fileId, params) posts the attributes", async () => {
    const params = { attributes: { year: 2024, public: true } };
    expect(await vectorStoreFileModify("vs_abc123", "file-abc123", params, mock.config())).toEqual(["ok", { ...file, attributes: params.attributes }, meta]);
    expect(seen()).toEqual(post("/vector_stores/vs_abc123/files/file-abc123", params));
  });

  it("vectorStoreFileDelete(vectorStoreId, fileId) deletes", async () => {
    expect(await vectorStoreFileDelete("vs_abc123", "file-abc123", mock.config())).toEqual([
      "ok",
      { id: "file-abc123", object: "vector_store.file.deleted", deleted: true },
      meta,
    ]);
    expect(seen()).toEqual(del("/vector_stores/vs_abc123/files/file-abc123"));
  });

  it("vectorStoreFileContent(vectorStoreId, fileId) gets the parsed text", async () => {
    expect(await vectorStoreFileContent("vs_abc123", "file-abc123", mock.config())).toEqual(["ok", fileContent, meta]);
    expect(seen()).toEqual(get("/vector_stores/vs_abc123/files/file-abc123/content"));
  });

  it("vectorStoreFileBatchCreate, vectorStoreFileBatch, vectorStoreFileBatchCancel, vectorStoreFileBatchFiles", async () => {
    const params = {
      file_ids: ["file-abc123", "file-abc456"],
      chunking_strategy: { type: "static" as const, static: { max_chunk_size_tokens: 800, chunk_overlap_tokens: 400 } },
    };
    expect(await vectorStoreFileBatchCreate("vs_abc123", params, mock.config())).toEqual([
      "ok",
      { ...batch, file_counts: { in_progress: 2, completed: 0, failed: 0, cancelled: 0, total: 2 } },
      meta,
    ]);
    expect(seen()).toEqual(post("/vector_stores/vs_abc123/file_batches", params));

    expect(await vectorStoreFileBatch("vs_abc123", "vsfb_abc123", mock.config())).toEqual(["ok", batch, meta]);
    expect(seen()).toEqual(get("/vector_stores/vs_abc123/file_batches/vsfb_abc123"));

    expect(await vectorStoreFileBatchCancel("vs_abc123", "vsfb_abc123", mock.config())).toEqual(["ok", { ...batch, status: "cancelled" }, meta]);
    expect(seen()).toEqual({ ...post("/vector_stores/vs_abc123/file_batches/vsfb_abc123/cancel", undefined), contentType: undefined });
    expect(mock.server.lastRequest()?.bodySize).toBe(0);

    expect(await vectorStoreFileBatchFiles("vs_abc123", "vsfb_abc123", { filter: "failed" }, mock.config())).toEqual(["ok", fileList, meta]);
    expect(seen()).toEqual(get("/vector_stores/vs_abc123/file_batches/vsfb_abc123/files", { filter: "failed" }));
  });

  it("bad ids and misplaced configs are argument errors and nothing is sent", async () => {
    expect(await vectorStoreFile("vs_abc123", 7 as never, mock.config())).toEqual([
      "error",
      { kind: "argument", argument: "file_id", message: "file_id must be a non-empty string, got number" },
    ]);
    const misplaced = await vectorStores({ limit: 2, ...mock.config() } as never);
    expect(misplaced[0]).toBe("error");
    expect(misplaced[1]).toMatchObject({ kind: "argument", argument: "params" });
    expect(mock.server.requests).toHaveLength(0);
  });

  it("a 400 from search is an api error tuple", async () => {
    const [status, error] = await vectorStoresSearch("vs_abc123", {} as never, mock.config());
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "api", status: 400, error: { param: "query", code: "missing_required_parameter" } });
  });
});
