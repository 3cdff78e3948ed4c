import { describe, expect, it } from "vitest";
import { batches, batchesCancel, batchesCreate, unwrap } from "../../src/index";
import batchFixture from "../../fixtures/batch_batch.json";
import { TEST_KEY, useMockServer } from "../_helpers/mock";

const mock = useMockServer();
const create = { input_file_id: "file-abc123", endpoint: "/v1/chat/completions", completion_window: "24h" } as const;

describe("batches", () => {
  it("batchesCreate(params) posts JSON and answers a validating batch", async () => {
    const [status, batch] = await batchesCreate({ ...create, metadata: { run: "nightly" } }, mock.config());
    expect(status).toBe("ok");
    expect(batch).toMatchObject({ object: "batch", status: "validating", input_file_id: "file-abc123", metadata: { run: "nightly" } });
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "POST", path: "/batches", json: { ...create, metadata: { run: "nightly" } } });
    expect(seen?.headers["content-type"]).toBe("application/json");
  });

  it("batches(batchId) moves a mock batch validating → in_progress → completed over successive retrieves", async () => {
    const id = unwrap(await batchesCreate(create, mock.config())).id;
    const seen: string[] = [];
    for (let poll = 0; poll < 3; poll++) {
      const batch = unwrap(await batches(id, mock.config()));
      seen.push(batch.status);
      if (batch.status === "completed") {
        expect(batch.output_file_id).toBe(`file-batchout-${id}`);
        expect(batch.request_counts).toEqual({ total: 3, completed: 3, failed: 0 });
      }
    }
    expect(seen).toEqual(["in_progress", "completed", "completed"]);
    expect(mock.server.lastRequest()).toMatchObject({ method: "GET", path: `/batches/${id}`, bodySize: 0 });
  });

  it("batches() and batches(params, config) list with the cursor query", async () => {
    const page = unwrap(await batches({ limit: 1 }, mock.config()));
    expect(page).toMatchObject({ object: "list" });
    expect(page.data).toHaveLength(1);
    expect(mock.server.lastRequest()).toMatchObject({ method: "GET", path: "/batches", query: { limit: "1" } });
    const [, unknown] = await batches("batch_abc123", mock.config());
    expect(unknown).toEqual(batchFixture);
  });

  it("batches() with no arguments lists with the environment's config and sends no query", async () => {
    const list = { object: "list", data: [batchFixture], first_id: batchFixture.id, last_id: batchFixture.id, has_more: false };
    mock.server.on("GET /batches", { body: list });
    process.env.OPENAI_API_KEY = TEST_KEY;
    process.env.OPENAI_BASE_URL = mock.server.url;
    try {
      expect(await batches()).toEqual(["ok", list, expect.objectContaining({ status: 200, requestId: expect.stringMatching(/^req_mock_/) })]);
    } finally {
      delete process.env.OPENAI_API_KEY;
      delete process.env.OPENAI_BASE_URL;
    }
    expect(mock.server.requests).toHaveLength(1);
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "GET", path: "/batches", url: "/v1/batches", query: {}, bodySize: 0 });
    expect(seen?.headers).toMatchObject({ authorization: `Bearer ${TEST_KEY}`, accept: "application/json" });
    expect(seen?.headers["content-type"]).toBeUndefined();
    expect(seen?.headers["openai-beta"]).toBeUndefined();
  });

  it("batchesCancel(batchId) posts with no body", async () => {
    const [status, batch] = await batchesCancel("batch_abc123", mock.config());
    expect(status).toBe("ok");
    expect(batch).toMatchObject({ id: "batch_abc123", status: "cancelling" });
    expect(mock.server.lastRequest()).toMatchObject({ method: "POST", path: "/batches/batch_abc123/cancel", bodySize: 0 });
    expect(mock.server.lastRequest()?.headers["content-type"]).toBeUndefined();
  });

  it("bad arguments are argument errors and nothing is sent", async () => {
    expect((await batches("", mock.config()))[1]).toMatchObject({ kind: "argument", argument: "batch_id" });
    expect((await batchesCreate("file-abc" as never, mock.config()))[1]).toMatchObject({ kind: "argument", argument: "params" });
    expect((await batches({ limit: 2, ...mock.config() } as never))[1]).toMatchObject({ kind: "argument", argument: "params" });
    expect(mock.server.requests).toHaveLength(0);
  });

  it("a server error is an api error tuple after the retries", async () => {
    mock.server.on("POST /batches", { status: 500, body: { error: { message: "boom", type: "server_error", param: null, code: null } } });
    const [status, error] = await batchesCreate(create, mock.config({ httpOptions: { retry: 1, retryDelay: 1 } }));
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "api", status: 500 });
    expect(mock.server.requests).toHaveLength(2);
  });
});
