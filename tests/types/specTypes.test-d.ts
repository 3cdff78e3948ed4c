// The public types come from the generated OpenAPI schemas: the calls of issue 14 that the old
// hand-written types rejected now type-check, a misspelled field still fails (excess-property
// checking survives the generated types and their overlays), and the two shapes users hover most
// stay readable object types, pinned field by field.
import type { EventStream, ImageGenerationStreamEvent } from "../../src/index";
import { describe, expectTypeOf, it } from "vitest";
import {
  chatCompletion,
  imagesGenerations,
  responsesCreate,
  type ChatCompletion,
  type ChatCompletionParams,
  type ImagesResponse,
  type ResponseObject,
  type Result,
} from "../../src/index";

const messages: ChatCompletionParams["messages"] = [{ role: "user", content: "Hi" }];

describe("fields of the latest spec", () => {
  it("type-check in calls the hand-written types refused", () => {
    expectTypeOf(chatCompletion({ model: "gpt-5", messages, verbosity: "low", prompt_cache_key: "k", safety_identifier: "u1" })).toEqualTypeOf<
      Promise<Result<ChatCompletion>>
    >();
    void chatCompletion({ model: "gpt-4o", messages, prediction: { type: "content", content: "…" } });
    void chatCompletion({ model: "gpt-4o-search-preview", messages, web_search_options: { search_context_size: "low" } });
    // stream: true selects the event stream (partial images, then the completed one)
    expectTypeOf(imagesGenerations({ model: "gpt-image-1", prompt: "a cat", stream: true, partial_images: 2 })).toEqualTypeOf<
      Promise<Result<EventStream<ImageGenerationStreamEvent>>>
    >();
    expectTypeOf(imagesGenerations({ model: "gpt-image-1", prompt: "a cat", partial_images: 2 })).toEqualTypeOf<Promise<Result<ImagesResponse>>>();
    expectTypeOf(responsesCreate({ model: "gpt-4o-mini", input: "Hi", prompt_cache_key: "k", max_tool_calls: 3, background: true })).toEqualTypeOf<
      Promise<Result<ResponseObject>>
    >();
  });
});

describe("excess-property checking", () => {
  it("rejects a misspelled field in every call form", () => {
    // @ts-expect-error max_token is not a field (max_tokens, max_completion_tokens are)
    void chatCompletion({ model: "gpt-4o-mini", messages, max_token: 5 });
    // @ts-expect-error the stream overload keeps the check too
    void chatCompletion({ model: "gpt-4o-mini", messages, stream: true, max_token: 5 });
    // @ts-expect-error a params variable annotated with the public type
    const params: ChatCompletionParams = { model: "gpt-4o-mini", messages, max_token: 5 };
    // @ts-expect-error responses: max_output_tokens, not max_tokens
    void responsesCreate({ model: "gpt-4o-mini", input: "Hi", max_tokens: 5 });
    // @ts-expect-error a nested object keeps it as well
    void chatCompletion({ model: "gpt-4o-mini", messages, web_search_options: { context_size: "low" } });
    void params;
  });

  it("no params type has a string index signature that would swallow typos", () => {
    expectTypeOf<string extends keyof ChatCompletionParams ? true : false>().toEqualTypeOf<false>();
  });
});

describe("the shapes users hover most", () => {
  it("ChatCompletionParams['response_format'] is a plain union of three object types", () => {
    expectTypeOf<ChatCompletionParams["response_format"]>().toEqualTypeOf<
      | { type: "text" }
      | { type: "json_object" }
      | {
          type: "json_schema";
          json_schema: { description?: string; name: string; schema?: { [key: string]: unknown }; strict?: boolean | null };
        }
      | undefined
    >();
  });

  it("ChatCompletion['choices'][number]['message'] is one object type", () => {
    expectTypeOf<ChatCompletion["choices"][number]["message"]>().toEqualTypeOf<{
      content: string | null;
      tool_calls?: (
        | { id: string; type: "function"; function: { name: string; arguments: string } }
        | { id: string; type: "custom"; custom: { name: string; input: string } }
      )[];
      annotations?: { type: "url_citation"; url_citation: { end_index: number; start_index: number; url: string; title: string } }[];
      role: "assistant";
      function_call?: { arguments: string; name: string };
      audio?: { id: string; expires_at: number; data: string; transcript: string } | null;
      refusal?: string | null;
    }>();
  });
});
