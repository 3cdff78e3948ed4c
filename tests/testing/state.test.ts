import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../../src/testing/index";
import batchFixture from "../../fixtures/batch_batch.json";
import { postJson, send } from "./_http";

// Two servers side by side: what one remembers must not show on the other, nor survive reset().
let first: MockServer;
let second: MockServer;
beforeAll(async () => {
  [first, second] = await Promise.all([startMockServer(), startMockServer()]);
});
afterAll(async () => {
  await Promise.all([first.close(), second.close()]);
});

const createBatch = async (server: MockServer): Promise<string> => {
  const reply = await postJson(server, "/batches", JSON.stringify({ input_file_id: "file-abc", endpoint: "/v1/chat/completions", completion_window: "24h" }));
  expect(reply.json).toMatchObject({ object: "batch", status: "validating" });
  return (reply.json as { id: string }).id;
};
const status = async (server: MockServer, path: string): Promise<unknown> => ((await send(server, "GET", `/v1${path}`)).json as { status: unknown }).status;

describe("per-server state of the default routes", () => {
  it("a batch created on one server is not known to another", async () => {
    const id = await createBatch(first);
    expect((await send(second, "GET", `/v1/batches/${id}`)).json).toEqual({ ...batchFixture, id });
    const list = (await send(second, "GET", "/v1/batches")).json as { data: Array<{ id: string }> };
    expect(list.data.map((batch) => batch.id)).toEqual([batchFixture.id]);
    expect(await status(first, `/batches/${id}`)).toBe("in_progress");
  });

  it("reset() forgets created batches", async () => {
    const id = await createBatch(first);
    first.reset();
    expect((await send(first, "GET", `/v1/batches/${id}`)).json).toEqual({ ...batchFixture, id });
    const list = (await send(first, "GET", "/v1/batches")).json as { data: Array<{ id: string }> };
    expect(list.data.map((batch) => batch.id)).toEqual([batchFixture.id]);
  });

  it("a vector-store file still processing on one server is completed on another", async () => {
    const attach = await postJson(first, "/vector_stores/vs_common/files", JSON.stringify({ file_id: "file-common" }));
    expect(attach.json).toMatchObject({ id: "file-common", status: "in_progress" });
    expect(await status(second, "/vector_stores/vs_common/files/file-common")).toBe("completed");
    expect(await status(first, "/vector_stores/vs_common/files/file-common")).toBe("in_progress");
    expect(await status(first, "/vector_stores/vs_common/files/file-common")).toBe("completed");
  });

  it("reset() forgets vector-store files still processing", async () => {
    await postJson(first, "/vector_stores/vs_reset/files", JSON.stringify({ file_id: "file-reset" }));
    first.reset();
    expect(await status(first, "/vector_stores/vs_reset/files/file-reset")).toBe("completed");
  });
});
