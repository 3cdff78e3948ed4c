import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { imageEdits, imageGenerations, imageVariations, imagesEdits, imagesGenerations, imagesVariations, setConfig } from "../../src/index";
import { configOrRequestOptions } from "../../src/_internal/legacy";
import imagesResponse from "../../fixtures/images_response.json";
import { TEST_KEY, useMockServer } from "../_helpers/mock";

const mock = useMockServer();
const OTTER = resolve(import.meta.dirname, "../../fixtures/uploads/otter.png");
const MASK = resolve(import.meta.dirname, "../../fixtures/uploads/mask.png");
const otterBytes = new Uint8Array(readFileSync(OTTER));
const maskBytes = new Uint8Array(readFileSync(MASK));
const images = (n: number) => ({ created: imagesResponse.created, data: Array.from({ length: n }, () => imagesResponse.data[0]) });

describe("imagesGenerations", () => {
  it("imagesGenerations(params, config) sends POST /images/generations with a JSON body", async () => {
    const params = { prompt: "A developer writing a test", size: "256x256" as const, n: 2 };
    expect(await imagesGenerations(params, mock.config())).toEqual(["ok", images(2), expect.objectContaining({ status: 200 })]);
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "POST", path: "/images/generations", json: params });
    expect(seen?.headers).toMatchObject({ authorization: `Bearer ${TEST_KEY}`, "content-type": "application/json" });
  });

  it("the legacy request-options argument is mapped onto httpOptions", async () => {
    setConfig({ apiUrl: mock.server.url, apiKey: TEST_KEY });
    const result = await imagesGenerations({ prompt: "x" }, { recv_timeout: 600_000, headers: { "x-legacy": "yes" } });
    expect(result).toEqual(["ok", images(1), expect.anything()]);
    expect(mock.server.lastRequest()?.headers["x-legacy"]).toBe("yes");
  });

  it("request options: timeout / recv_timeout become httpOptions.timeout, other keys are copied; configs pass through", () => {
    expect(configOrRequestOptions({ recv_timeout: 600_000 })).toEqual({ httpOptions: { timeout: 600_000 } });
    expect(configOrRequestOptions({ timeout: 5, recv_timeout: 9, retry: 0 })).toEqual({ httpOptions: { timeout: 5, retry: 0 } });
    const config = { apiKey: "k", httpOptions: { timeout: 1 } };
    expect(configOrRequestOptions(config)).toBe(config);
    expect(configOrRequestOptions(undefined)).toBeUndefined();
    expect(configOrRequestOptions({})).toEqual({});
  });

  it("the deprecated alias imageGenerations is the same function", async () => {
    expect(imageGenerations).toBe(imagesGenerations);
    expect(await imageGenerations({ prompt: "x" }, mock.config())).toEqual(["ok", images(1), expect.anything()]);
  });
});

describe("imagesEdits", () => {
  it("imagesEdits(path, params with mask, config) uploads image and mask as two file parts", async () => {
    const result = await imagesEdits(OTTER, { prompt: "Add a hat", mask: MASK, size: "256x256", n: 1 }, mock.config());
    expect(result).toEqual(["ok", images(1), expect.anything()]);
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "POST", path: "/images/edits" });
    expect(seen?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen?.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
    expect(seen?.multipart?.fields).toEqual({ prompt: "Add a hat", size: "256x256", n: "1" });
    expect(seen?.multipart?.files).toEqual([
      expect.objectContaining({ field: "image", filename: "otter.png", contentType: "image/png", size: otterBytes.length, data: otterBytes }),
      expect.objectContaining({ field: "mask", filename: "mask.png", contentType: "image/png", size: maskBytes.length, data: maskBytes }),
    ]);
  });

  it("an array of images is sent as repeated image[] parts", async () => {
    const blob = new Blob([maskBytes], { type: "image/png" });
    const result = await imagesEdits([OTTER, { data: blob, filename: "second.png" }], { model: "gpt-image-1", prompt: "Combine" }, mock.config());
    expect(result[0]).toBe("ok");
    const files = mock.server.lastRequest()?.multipart?.files ?? [];
    expect(files.map((file) => [file.field, file.filename, file.contentType])).toEqual([
      ["image[]", "otter.png", "image/png"],
      ["image[]", "second.png", "image/png"],
    ]);
    expect(files[1]?.data).toEqual(maskBytes);
  });

  it("more than 16 images, or none, is an argument error and nothing is sent", async () => {
    const many = Array.from({ length: 17 }, () => OTTER);
    expect(await imagesEdits(many, { prompt: "x" }, mock.config())).toEqual([
      "error",
      { kind: "argument", argument: "image", message: "image must be one input or an array of 1 to 16, got 17" },
    ]);
    expect(await imagesEdits([], { prompt: "x" }, mock.config())).toEqual(["error", expect.objectContaining({ kind: "argument", argument: "image" })]);
    expect(mock.server.requests).toHaveLength(0);
  });

  it("a missing mask path is a file error and nothing is sent", async () => {
    const result = await imagesEdits(OTTER, { prompt: "x", mask: "./no-such-mask.png" }, mock.config());
    expect(result).toEqual(["error", { kind: "file", path: "./no-such-mask.png", message: "Cannot read upload file ./no-such-mask.png (ENOENT)" }]);
    expect(mock.server.requests).toHaveLength(0);
  });

  it("regression (openai.ex dropped it): the per-call config of imagesEdits is used", async () => {
    setConfig({ apiUrl: "http://127.0.0.1:9/v1", apiKey: "sk-process-wide-key-000000" });
    const result = await imagesEdits(OTTER, { prompt: "x" }, mock.config({ organizationKey: "org-per-call" }));
    expect(result[0]).toBe("ok");
    expect(mock.server.lastRequest()?.headers).toMatchObject({ authorization: `Bearer ${TEST_KEY}`, "openai-organization": "org-per-call" });
  });

  it("the legacy request-options argument works for imagesEdits and the alias imageEdits", async () => {
    setConfig({ apiUrl: mock.server.url, apiKey: TEST_KEY });
    expect(imageEdits).toBe(imagesEdits);
    const result = await imageEdits(OTTER, { prompt: "x" }, { recv_timeout: 60_000, headers: { "x-legacy": "edits" } });
    expect(result[0]).toBe("ok");
    expect(mock.server.lastRequest()?.headers["x-legacy"]).toBe("edits");
  });

  it("a missing prompt comes back as the server's 400", async () => {
    const [status, error] = await imagesEdits(OTTER, {} as never, mock.config());
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "api", status: 400, error: { param: "prompt" } });
  });
});

describe("imagesVariations", () => {
  it("imagesVariations(path, params, config) uploads the image with the params as fields", async () => {
    const result = await imagesVariations(OTTER, { n: "5" }, mock.config());
    expect(result).toEqual(["ok", images(5), expect.anything()]);
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "POST", path: "/images/variations" });
    expect(seen?.multipart?.fields).toEqual({ n: "5" });
    expect(seen?.multipart?.files).toEqual([expect.objectContaining({ field: "image", filename: "otter.png", contentType: "image/png", data: otterBytes })]);
  });

  it("imagesVariations(image) without params uses the process-wide config", async () => {
    setConfig({ apiUrl: mock.server.url, apiKey: TEST_KEY });
    expect(await imagesVariations(OTTER)).toEqual(["ok", images(1), expect.anything()]);
    expect(mock.server.lastRequest()?.multipart?.fields).toEqual({});
  });

  it("the per-call config and the legacy request options are both honoured; imageVariations is an alias", async () => {
    setConfig({ apiUrl: "http://127.0.0.1:9/v1", apiKey: "sk-process-wide-key-000000" });
    expect((await imagesVariations(OTTER, {}, mock.config()))[0]).toBe("ok");
    expect(mock.server.lastRequest()?.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
    setConfig({ apiUrl: mock.server.url, apiKey: TEST_KEY });
    expect(imageVariations).toBe(imagesVariations);
    expect((await imageVariations(OTTER, { n: 1 }, { timeout: 60_000, headers: { "x-legacy": "variations" } }))[0]).toBe("ok");
    expect(mock.server.lastRequest()?.headers["x-legacy"]).toBe("variations");
  });
});
