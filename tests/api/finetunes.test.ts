import { describe, expect, it } from "vitest";
import { finetunes, finetunesCancel, finetunesCreate, finetunesDeleteModel, finetunesListEvents } from "../../src/index";
import fineTune from "../../fixtures/finetune.json";
import cancelled from "../../fixtures/finetune_cancelled.json";
import events from "../../fixtures/finetune_events.json";
import list from "../../fixtures/finetunes_list.json";
import { TEST_KEY, useMockServer } from "../_helpers/mock";

const mock = useMockServer();

function withEnv<T>(run: () => Promise<T>): Promise<T> {
  process.env.OPENAI_API_KEY = TEST_KEY;
  process.env.OPENAI_BASE_URL = mock.server.url;
  return run().finally(() => {
    delete process.env.OPENAI_API_KEY;
    delete process.env.OPENAI_BASE_URL;
  });
}

describe("finetunes (deprecated)", () => {
  it("finetunes() and finetunes(config) list", async () => {
    expect(await withEnv(() => finetunes())).toEqual(["ok", list, expect.anything()]);
    expect(await finetunes(mock.config())).toEqual(["ok", list, expect.anything()]);
    expect(mock.server.requests.map((seen) => `${seen.method} ${seen.path}`)).toEqual(["GET /fine-tunes", "GET /fine-tunes"]);
  });

  it("finetunes(id) and finetunes(id, config) retrieve", async () => {
    expect(await withEnv(() => finetunes("ft-AF1WoRqd3aJAHsqc9NY7iL8F"))).toEqual([
      "ok",
      { ...fineTune, id: "ft-AF1WoRqd3aJAHsqc9NY7iL8F" },
      expect.anything(),
    ]);
    expect(await finetunes("ft-IaBYfSSAK47UUCbebY5tBIEj", mock.config())).toEqual(["ok", fineTune, expect.anything()]);
    expect(mock.server.lastRequest()).toMatchObject({ method: "GET", path: "/fine-tunes/ft-IaBYfSSAK47UUCbebY5tBIEj" });
  });

  it("finetunesCreate(params, config) sends POST /fine-tunes with a JSON body", async () => {
    const params = { training_file: "file-123213231", model: "curie" };
    expect(await finetunesCreate(params, mock.config())).toEqual(["ok", fineTune, expect.anything()]);
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "POST", path: "/fine-tunes", json: params });
    expect(seen?.headers["content-type"]).toBe("application/json");
  });

  it("finetunesCancel(id) sends POST …/cancel with no body at all", async () => {
    const result = await finetunesCancel("ft-AF1WoRqd3aJAHsqc9NY7iL8F", mock.config());
    expect(result).toEqual(["ok", { ...cancelled, id: "ft-AF1WoRqd3aJAHsqc9NY7iL8F" }, expect.anything()]);
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "POST", path: "/fine-tunes/ft-AF1WoRqd3aJAHsqc9NY7iL8F/cancel", bodySize: 0 });
    expect(seen?.headers["content-type"]).toBeUndefined();
  });

  it("finetunesListEvents(id) sends GET …/events", async () => {
    expect(await finetunesListEvents("ft-AF1WoRqd3aJAHsqc9NY7iL8F", mock.config())).toEqual(["ok", events, expect.anything()]);
    expect(mock.server.lastRequest()).toMatchObject({ method: "GET", path: "/fine-tunes/ft-AF1WoRqd3aJAHsqc9NY7iL8F/events" });
  });

  it("finetunesDeleteModel(modelId) sends DELETE /models/{model}", async () => {
    const result = await finetunesDeleteModel("curie:ft-acme-2023-02-04", mock.config());
    expect(result).toEqual(["ok", { id: "curie:ft-acme-2023-02-04", object: "model", deleted: true }, expect.anything()]);
    expect(mock.server.lastRequest()).toMatchObject({ method: "DELETE", path: "/models/curie:ft-acme-2023-02-04", bodySize: 0 });
  });

  it("ids are checked before anything is sent", async () => {
    expect(await finetunesCancel("", mock.config())).toEqual(["error", expect.objectContaining({ kind: "argument", argument: "fine_tune_id" })]);
    expect(await finetunesListEvents(7 as never, mock.config())).toEqual(["error", expect.objectContaining({ kind: "argument", argument: "fine_tune_id" })]);
    expect(await finetunesDeleteModel("", mock.config())).toEqual(["error", expect.objectContaining({ kind: "argument", argument: "model" })]);
    expect(mock.server.requests).toHaveLength(0);
  });
});
