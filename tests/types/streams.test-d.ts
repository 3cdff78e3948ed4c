import { describe, expectTypeOf, it } from "vitest";
import {
  chatCompletion,
  collectChatCompletion,
  collectCompletion,
  completions,
  type ChatCompletion,
  type ChatCompletionChunk,
  type ChatCompletionParams,
  type Completion,
  type EventStream,
  type NamedEvent,
  type OpenAIError,
  type ResponseMeta,
  type Result,
  type StreamItem,
} from "../../src/index";

const messages = [{ role: "user" as const, content: "Hi" }];

describe("chatCompletion overloads follow the stream flag", () => {
  it("stream: true gives an EventStream of chunks", () => {
    expectTypeOf(chatCompletion({ model: "m", messages, stream: true })).toEqualTypeOf<Promise<Result<EventStream<ChatCompletionChunk>>>>();
  });

  it("stream: false, null or absent gives the completion", () => {
    expectTypeOf(chatCompletion({ model: "m", messages, stream: false })).toEqualTypeOf<Promise<Result<ChatCompletion>>>();
    expectTypeOf(chatCompletion({ model: "m", messages, stream: null })).toEqualTypeOf<Promise<Result<ChatCompletion>>>();
    expectTypeOf(chatCompletion({ model: "m", messages })).toEqualTypeOf<Promise<Result<ChatCompletion>>>();
    expectTypeOf(chatCompletion({ model: "m", messages }, { apiKey: "k" })).toEqualTypeOf<Promise<Result<ChatCompletion>>>();
  });

  it("a boolean flag gives the union", () => {
    const flag = Math.random() > 0.5;
    expectTypeOf(chatCompletion({ model: "m", messages, stream: flag })).toEqualTypeOf<Promise<Result<ChatCompletion | EventStream<ChatCompletionChunk>>>>();
    const params: ChatCompletionParams = { model: "m", messages };
    expectTypeOf(chatCompletion(params)).toEqualTypeOf<Promise<Result<ChatCompletion | EventStream<ChatCompletionChunk>>>>();
  });

  it("completions follows the same pattern", () => {
    expectTypeOf(completions({ model: "m", prompt: "p", stream: true })).toEqualTypeOf<Promise<Result<EventStream<Completion>>>>();
    expectTypeOf(completions({ model: "m", prompt: "p" })).toEqualTypeOf<Promise<Result<Completion>>>();
  });
});

describe("EventStream items", () => {
  it("are two-element tuples that narrow on the status", async () => {
    const [status, stream] = await chatCompletion({ model: "m", messages, stream: true });
    if (status === "error") {
      expectTypeOf(stream).toEqualTypeOf<OpenAIError>();
      return;
    }
    expectTypeOf(stream).toEqualTypeOf<EventStream<ChatCompletionChunk>>();
    expectTypeOf(stream.meta).toEqualTypeOf<ResponseMeta>();
    expectTypeOf(stream.toReadableStream()).toEqualTypeOf<ReadableStream<Uint8Array>>();
    expectTypeOf(stream.abort()).toBeVoid();
    for await (const item of stream) {
      expectTypeOf(item).toEqualTypeOf<StreamItem<ChatCompletionChunk>>();
      const [kind, value] = item;
      if (kind === "ok") expectTypeOf(value).toEqualTypeOf<ChatCompletionChunk>();
      else expectTypeOf(value).toEqualTypeOf<OpenAIError>();
    }
  });

  it("named events keep the event name", () => {
    expectTypeOf<NamedEvent<"thread.run.created", { id: string }>>().toEqualTypeOf<{ event: "thread.run.created"; data: { id: string } }>();
  });
});

describe("collect helpers", () => {
  it("fold streams into Results", () => {
    expectTypeOf(collectChatCompletion).parameter(0).toEqualTypeOf<EventStream<ChatCompletionChunk>>();
    expectTypeOf(collectChatCompletion).returns.toEqualTypeOf<Promise<Result<ChatCompletion>>>();
    expectTypeOf(collectCompletion).returns.toEqualTypeOf<Promise<Result<Completion>>>();
  });
});
