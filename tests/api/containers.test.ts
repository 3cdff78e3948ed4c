import { describe, expect, it } from "vitest";
import {
  containerFile,
  containerFileContent,
  containerFileCreate,
  containerFileDelete,
  containerFiles,
  containers,
  containersCreate,
  containersDelete,
  paginate,
} from "../../src/index";
import containerFixture from "../../fixtures/containers_container.json";
import fileFixture from "../../fixtures/containers_file.json";
import { MOCK_CONTAINER_FILE_CONTENT } from "../../src/testing/routes/containers";
import { useMockServer } from "../_helpers/mock";

const mock = useMockServer();
const CNTR = "cntr_6812a9f0c4e88190b1d2";

describe("containers", () => {
  it("containersCreate(params) posts JSON and answers the container", async () => {
    const params = { name: "analysis", expires_after: { anchor: "last_active_at" as const, minutes: 20 }, memory_limit: "4g" as const };
    const [status, container] = await containersCreate(params, mock.config());
    expect([status, container]).toEqual(["ok", { ...containerFixture, id: expect.stringMatching(/^cntr_/), name: "analysis" }]);
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "POST", path: "/containers", json: params });
    expect(seen?.headers["content-type"]).toBe("application/json");
  });

  it("containers(params) lists with the query; paginate walks every page", async () => {
    const [, page] = await containers({ limit: 2, order: "asc", name: "analysis" }, mock.config());
    expect(page).toMatchObject({ object: "list", has_more: true, first_id: CNTR });
    expect(mock.server.lastRequest()).toMatchObject({ method: "GET", path: "/containers", query: { limit: "2", order: "asc", name: "analysis" }, bodySize: 0 });
    let count = 0;
    for await (const [kind] of paginate(containers, { limit: 2 }, mock.config())) if (kind === "ok") count++;
    expect(count).toBe(3);
  });

  it("containers(id) retrieves one", async () => {
    expect(await containers("cntr_x1", mock.config())).toEqual(["ok", { ...containerFixture, id: "cntr_x1" }, expect.objectContaining({ status: 200 })]);
    expect(mock.server.lastRequest()).toMatchObject({ method: "GET", path: "/containers/cntr_x1", query: {} });
  });

  it("containersDelete(id) turns the empty 200 into the deleted object; a JSON body passes through", async () => {
    expect(await containersDelete("cntr_x1", mock.config())).toEqual(["ok", { id: "cntr_x1", object: "container.deleted", deleted: true }, expect.anything()]);
    expect(mock.server.lastRequest()).toMatchObject({ method: "DELETE", path: "/containers/cntr_x1", bodySize: 0 });
    mock.server.on("DELETE /containers/:c", { body: { id: "cntr_x1", object: "container.deleted", deleted: true, extra: 1 } });
    expect((await containersDelete("cntr_x1", mock.config()))[1]).toEqual({ id: "cntr_x1", object: "container.deleted", deleted: true, extra: 1 });
  });

  it("containerFiles(containerId, params) lists a container's files", async () => {
    const [, page] = await containerFiles(CNTR, { limit: 1 }, mock.config());
    expect(page).toEqual({
      object: "list",
      data: [{ ...fileFixture, path: "/mnt/data/part1.csv" }],
      first_id: fileFixture.id,
      last_id: fileFixture.id,
      has_more: true,
    });
    expect(mock.server.lastRequest()).toMatchObject({ method: "GET", path: `/containers/${CNTR}/files`, query: { limit: "1" } });
  });

  it("containerFile(containerId, fileId) retrieves one file", async () => {
    expect(await containerFile("cntr_x1", "cfile_y2", mock.config())).toEqual([
      "ok",
      { ...fileFixture, id: "cfile_y2", container_id: "cntr_x1" },
      expect.anything(),
    ]);
    expect(mock.server.lastRequest()).toMatchObject({ method: "GET", path: "/containers/cntr_x1/files/cfile_y2" });
  });

  it("containerFileCreate uploads bytes as multipart", async () => {
    const data = new TextEncoder().encode("a,b\n1,2\n");
    const [status, file] = await containerFileCreate("cntr_x1", { data, filename: "t.csv" }, mock.config());
    expect([status, file]).toEqual([
      "ok",
      { ...fileFixture, id: expect.stringMatching(/^cfile_/), container_id: "cntr_x1", bytes: data.length, path: "/mnt/data/t.csv", source: "user" },
    ]);
    const seen = mock.server.lastRequest();
    expect(seen?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen?.multipart).toMatchObject({ fields: {}, files: [{ field: "file", filename: "t.csv", size: data.length, data }] });
  });

  it("containerFileCreate with { file_id } sends JSON", async () => {
    const [, file] = await containerFileCreate("cntr_x1", { file_id: "file-abc123" }, mock.config());
    expect(file).toMatchObject({ container_id: "cntr_x1", path: "/mnt/data/file-abc123", source: "file" });
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "POST", path: "/containers/cntr_x1/files", json: { file_id: "file-abc123" } });
    expect(seen?.headers["content-type"]).toBe("application/json");
  });

  it("containerFileDelete(containerId, fileId) sends DELETE", async () => {
    expect(await containerFileDelete("cntr_x1", "cfile_y2", mock.config())).toEqual([
      "ok",
      { id: "cfile_y2", object: "container.file.deleted", deleted: true },
      expect.anything(),
    ]);
    expect(mock.server.lastRequest()).toMatchObject({ method: "DELETE", path: "/containers/cntr_x1/files/cfile_y2", bodySize: 0 });
  });

  it("containerFileContent answers the raw bytes and asks for any type", async () => {
    expect(await containerFileContent("cntr_x1", "cfile_y2", mock.config())).toEqual([
      "ok",
      new TextEncoder().encode(MOCK_CONTAINER_FILE_CONTENT),
      expect.anything(),
    ]);
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "GET", path: "/containers/cntr_x1/files/cfile_y2/content" });
    expect(seen?.headers.accept).toBe("*/*");
  });

  it("bad arguments are argument or file errors and nothing is sent", async () => {
    expect((await containers("", mock.config()))[1]).toMatchObject({ kind: "argument", argument: "container_id" });
    expect((await containerFile("cntr_x1", "", mock.config()))[1]).toMatchObject({ kind: "argument", argument: "file_id" });
    expect((await containerFileCreate("cntr_x1", "/no/such/file.csv", mock.config()))[1]).toMatchObject({ kind: "file" });
    expect((await containerFileCreate("", { file_id: "file-1" }, mock.config()))[1]).toMatchObject({ kind: "argument", argument: "container_id" });
    expect((await containersCreate(null as never, mock.config()))[1]).toMatchObject({ kind: "argument", argument: "params" });
    expect(mock.server.requests).toHaveLength(0);
  });
});
