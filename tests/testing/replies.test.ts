import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../../src/testing/index";
import embeddingsFixture from "../../fixtures/embeddings.json";
import moderationFixture from "../../fixtures/moderation.json";
import chatFixture from "../../fixtures/chat_completion.json";
import imagesFixture from "../../fixtures/images_response.json";
import imagesB64Fixture from "../../fixtures/images_response_b64.json";
import { postJson } from "./_http";

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.reset());

const vector = embeddingsFixture.data[0]?.embedding ?? [];
const post = async (path: string, body: unknown): Promise<unknown> => {
  const reply = await postJson(server, path, JSON.stringify(body));
  expect(reply.status).toBe(200);
  expect(server.lastRequest()?.json).toEqual(body);
  return reply.json;
};

describe("default replies follow the request", () => {
  it("embeddings: one embedding per input, index 0..n-1", async () => {
    const reply = await post("/embeddings", { model: "text-embedding-3-large", input: ["one", "two", "three"] });
    expect(reply).toEqual({ ...embeddingsFixture, data: [0, 1, 2].map((index) => ({ object: "embedding", index, embedding: vector })) });
  });

  it("embeddings: a string, or one input given as tokens, is one embedding; token arrays are one each", async () => {
    expect(await post("/embeddings", { model: "m", input: "x" })).toEqual(embeddingsFixture);
    expect(await post("/embeddings", { model: "m", input: [1, 2, 3] })).toEqual(embeddingsFixture);
    const tokens = (await post("/embeddings", { model: "m", input: [[1, 2], [3]] })) as { data: Array<{ index: number }> };
    expect(tokens.data.map((entry) => entry.index)).toEqual([0, 1]);
  });

  it('embeddings: encoding_format "base64" gives float32 little-endian bytes in base64', async () => {
    const reply = (await post("/embeddings", { model: "m", input: ["a", "b"], encoding_format: "base64" })) as {
      data: Array<{ index: number; embedding: string }>;
    };
    expect(reply.data.map((entry) => entry.index)).toEqual([0, 1]);
    for (const entry of reply.data) {
      expect(typeof entry.embedding).toBe("string");
      const bytes = Buffer.from(entry.embedding, "base64");
      expect(bytes.length).toBe(vector.length * 4);
      const decoded = Array.from({ length: vector.length }, (_, index) => bytes.readFloatLE(index * 4));
      expect(decoded).toEqual(vector.map((value) => Math.fround(value)));
    }
  });

  it("moderations: one result per string of an array input; one for a string or multi-modal input", async () => {
    const [result] = moderationFixture.results;
    expect(await post("/moderations", { input: ["a", "b", "c"] })).toEqual({ ...moderationFixture, results: [result, result, result] });
    expect(await post("/moderations", { input: "a" })).toEqual(moderationFixture);
    const multi = [
      { type: "text", text: "a" },
      { type: "image_url", image_url: { url: "https://example.com/a.png" } },
    ];
    expect(await post("/moderations", { model: "omni-moderation-latest", input: multi })).toEqual(moderationFixture);
  });

  it("chat: n choices with index 0..n-1", async () => {
    const [choice] = chatFixture.choices;
    const reply = await post("/chat/completions", { model: "gpt-4", messages: [{ role: "user", content: "Hi" }], n: 3 });
    expect(reply).toEqual({ ...chatFixture, choices: [0, 1, 2].map((index) => ({ ...choice, index })) });
    expect(await post("/chat/completions", { model: "gpt-4", messages: [] })).toEqual(chatFixture);
  });

  it("chat: a stream with n > 1 has every delta once per choice", async () => {
    const body = { model: "gpt-4", messages: [], n: 2, stream: true };
    const reply = await postJson(server, "/chat/completions", JSON.stringify(body));
    const events = reply.text
      .split("\n\n")
      .filter((frame) => frame.startsWith("data: {"))
      .map((frame) => JSON.parse(frame.slice(6)) as { choices: Array<{ index: number; delta: { content?: string }; finish_reason: string | null }> });
    const text = (index: number) =>
      events
        .flatMap((event) => event.choices)
        .filter((choice) => choice.index === index)
        .map((choice) => choice.delta.content ?? "")
        .join("");
    expect(text(0)).toBe(chatFixture.choices[0]?.message.content);
    expect(text(1)).toBe(chatFixture.choices[0]?.message.content);
    const finishes = events.flatMap((event) => event.choices).filter((choice) => choice.finish_reason !== null);
    expect(finishes.map((choice) => choice.index)).toEqual([0, 1]);
    expect(reply.text.endsWith("data: [DONE]\n\n")).toBe(true);
  });

  it('images: response_format "b64_json" answers b64_json instead of url', async () => {
    const [image] = imagesB64Fixture.data;
    expect(await post("/images/generations", { prompt: "x", n: 2, response_format: "b64_json" })).toEqual({
      created: imagesFixture.created,
      data: [image, image],
    });
    expect(await post("/images/generations", { prompt: "x" })).toEqual(imagesFixture);
    expect(
      Buffer.from(image?.b64_json ?? "", "base64")
        .subarray(1, 4)
        .toString("latin1"),
    ).toBe("PNG");
  });

  it("images: a gpt-image model always answers b64_json, also for a multipart edit", async () => {
    const [image] = imagesB64Fixture.data;
    expect(await post("/images/generations", { model: "gpt-image-1", prompt: "x" })).toEqual({ created: imagesFixture.created, data: [image] });
    const form = new FormData();
    form.append("model", "gpt-image-1");
    form.append("prompt", "Add a hat");
    form.append("image", new Blob([new Uint8Array([1, 2, 3])], { type: "image/png" }), "otter.png");
    const edit = await fetch(`${server.url}/images/edits`, { method: "POST", body: form });
    expect(await edit.json()).toEqual({ created: imagesFixture.created, data: [image] });
    expect(server.lastRequest()?.multipart?.fields).toEqual({ model: "gpt-image-1", prompt: "Add a hat" });
    const variation = new FormData();
    variation.append("response_format", "b64_json");
    variation.append("image", new Blob([new Uint8Array([1])], { type: "image/png" }), "otter.png");
    expect(await (await fetch(`${server.url}/images/variations`, { method: "POST", body: variation })).json()).toEqual({
      created: imagesFixture.created,
      data: [image],
    });
  });
});
