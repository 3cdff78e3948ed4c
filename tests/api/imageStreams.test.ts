import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { collectImages, imagesEdits, imagesGenerations, type EventStream, type ImageGenerationStreamEvent, type StreamItem } from "../../src/index";
import b64Fixture from "../../fixtures/images_response_b64.json";
import { hangingServer } from "../_helpers/hangingServer";
import { useMockServer } from "../_helpers/mock";

const mock = useMockServer();
const ROUTE = "POST /images/generations";
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), "utf8");
const EVENTS = fixture("images_generation_stream.sse").split(/(?<=\n\n)/);
const B64 = b64Fixture.data[0]!.b64_json;
const params = { model: "gpt-image-1", prompt: "An otter reading a newspaper", stream: true as const, partial_images: 2 };

async function items<T>(stream: EventStream<T>): Promise<Array<StreamItem<T>>> {
  const seen: Array<StreamItem<T>> = [];
  for await (const item of stream) seen.push(item);
  return seen;
}

async function open(extra: Parameters<typeof mock.config>[0] = {}): Promise<EventStream<ImageGenerationStreamEvent>> {
  const [status, stream] = await imagesGenerations(params, mock.config(extra));
  if (status === "error") throw new Error(`unexpected error tuple: ${stream.message}`);
  return stream;
}

describe("imagesGenerations({ stream: true })", () => {
  it("yields the partial images then the completed one, typed by event, and sends the stream params", async () => {
    const seen = await items(await open());
    expect(seen.map(([, item]) => (item as ImageGenerationStreamEvent).event)).toEqual([
      "image_generation.partial_image",
      "image_generation.partial_image",
      "image_generation.completed",
    ]);
    const [kind, first] = seen[0]!;
    if (kind === "ok" && first.event === "image_generation.partial_image") expect(first.data.partial_image_index).toBe(0);
    expect(seen[2]).toEqual([
      "ok",
      {
        event: "image_generation.completed",
        data: expect.objectContaining({ type: "image_generation.completed", b64_json: B64, usage: expect.objectContaining({ total_tokens: 1250 }) }),
      },
    ]);
    expect(mock.server.lastRequest()).toMatchObject({ method: "POST", path: "/images/generations", json: params });
  });

  it("collectImages folds the stream into the final ImagesResponse", async () => {
    mock.server.on(ROUTE, { sse: EVENTS });
    const [status, images, meta] = await collectImages(await open());
    expect(status).toBe("ok");
    expect(images).toEqual({
      created: 1760000003,
      data: [{ b64_json: B64 }],
      size: "1024x1024",
      quality: "low",
      output_format: "png",
      background: "opaque",
      usage: { total_tokens: 1250, input_tokens: 50, output_tokens: 1200, input_tokens_details: { text_tokens: 50, image_tokens: 0 } },
    });
    expect(meta).toMatchObject({ status: 200 });
  });

  it("without stream returns the JSON images", async () => {
    const [status, images] = await imagesGenerations({ model: "gpt-image-1", prompt: "An otter" }, mock.config());
    expect(status).toBe("ok");
    expect(images).toMatchObject({ data: [{ b64_json: B64 }] });
  });

  it("a cut mid-event ends with one network item", async () => {
    mock.server.on(ROUTE, { sse: [EVENTS[0]!, EVENTS[1]!.slice(0, 60)], drop: "mid-body", chunkDelay: 5 });
    const seen = await items(await open());
    expect(seen.filter(([kind]) => kind === "error")).toEqual([["error", expect.objectContaining({ kind: "network" })]]);
    expect(seen.at(-1)?.[0]).toBe("error");
  });

  it("silence ends with timeout", async () => {
    mock.server.on(ROUTE, { sse: EVENTS.slice(0, 1), hang: true });
    const seen = await items(await open({ httpOptions: { streamIdleTimeout: 200 } }));
    expect(seen).toHaveLength(2);
    expect(seen[1]).toEqual(["error", { kind: "timeout", timeout: 200, message: expect.stringContaining("stream idle") }]);
  });

  it("abort() ends the iteration with no error item", async () => {
    mock.server.on(ROUTE, { sse: EVENTS.slice(0, 1), hang: true });
    const stream = await open();
    const seen: Array<StreamItem<ImageGenerationStreamEvent>> = [];
    for await (const item of stream) {
      seen.push(item);
      stream.abort();
    }
    expect(seen).toHaveLength(1);
    expect(seen[0]?.[0]).toBe("ok");
  });

  it("abort() closes the connection", async () => {
    const server = await hangingServer(EVENTS[0]!);
    try {
      const [status, stream] = await imagesGenerations(params, server.config);
      if (status === "error") throw new Error(stream.message);
      const iterator = stream[Symbol.asyncIterator]();
      expect((await iterator.next()).value?.[0]).toBe("ok");
      stream.abort();
      expect(await iterator.next()).toEqual({ done: true, value: undefined });
      await server.sawClose; // would hang (and the test time out) if the connection stayed open
    } finally {
      await server.close();
    }
  });

  it("a 4xx before the stream is the outer error tuple", async () => {
    const [status, error] = await imagesGenerations({ ...params, prompt: undefined as unknown as string }, mock.config());
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "api", status: 400, error: { param: "prompt" } });
  });
});

describe("imagesEdits(image, { stream: true })", () => {
  it("uploads multipart with stream fields and yields image_edit events; collectImages gives the final image", async () => {
    const png = Buffer.from(B64, "base64");
    const [status, stream] = await imagesEdits(
      { data: png, filename: "otter.png" },
      { model: "gpt-image-1", prompt: "Add a hat", stream: true, partial_images: 1 },
      mock.config(),
    );
    expect(status).toBe("ok");
    const seen = await items(stream as EventStream<unknown>);
    expect(seen.map(([, item]) => (item as { event: string }).event)).toEqual(["image_edit.partial_image", "image_edit.completed"]);
    expect(mock.server.lastRequest()?.multipart?.fields).toEqual({ model: "gpt-image-1", prompt: "Add a hat", stream: "true", partial_images: "1" });
    const [, again] = await imagesEdits({ data: png, filename: "otter.png" }, { model: "gpt-image-1", prompt: "Add a hat", stream: true }, mock.config());
    const [collected, images] = await collectImages(again as never);
    expect(collected).toBe("ok");
    expect(images).toMatchObject({ data: [{ b64_json: B64 }], usage: { total_tokens: 1250 } });
  });
});
