// Request types accept the values of OpenAI's latest spec (reasoning effort, service tiers, any image
// size, custom and allowed tools) and still reject values outside it.
import { describe, expectTypeOf, it } from "vitest";
import {
  chatCompletion,
  completions,
  imagesGenerations,
  responsesCreate,
  type AssistantCreateParams,
  type AssistantModifyParams,
  type ChatCompletion,
  type ChatCompletionParams,
  type ChatCustomTool,
  type ChatTool,
  type ChatToolChoice,
  type Completion,
  type EventStream,
  type ImageEditParams,
  type ImageGenerateParams,
  type ImageSize,
  type ReasoningEffort,
  type ResponseCreateParams,
  type Result,
  type RunCreateParams,
  type ServiceTier,
} from "../../src/index";

const messages: ChatCompletionParams["messages"] = [{ role: "user", content: "Hi" }];

describe("ReasoningEffort and ServiceTier", () => {
  it("hold every value of the latest spec", () => {
    expectTypeOf<ReasoningEffort>().toEqualTypeOf<"none" | "minimal" | "low" | "medium" | "high" | "xhigh" | "max">();
    expectTypeOf<ServiceTier>().toEqualTypeOf<"auto" | "default" | "flex" | "scale" | "priority" | "fast">();
  });

  it("are the types of every request-side field", () => {
    expectTypeOf<ChatCompletionParams["reasoning_effort"]>().toEqualTypeOf<ReasoningEffort | null | undefined>();
    expectTypeOf<ChatCompletionParams["service_tier"]>().toEqualTypeOf<ServiceTier | null | undefined>();
    expectTypeOf<AssistantCreateParams["reasoning_effort"]>().toEqualTypeOf<ReasoningEffort | null | undefined>();
    expectTypeOf<AssistantModifyParams["reasoning_effort"]>().toEqualTypeOf<ReasoningEffort | null | undefined>();
    expectTypeOf<RunCreateParams["reasoning_effort"]>().toEqualTypeOf<ReasoningEffort | null | undefined>();
    expectTypeOf<NonNullable<ResponseCreateParams["reasoning"]>["effort"]>().toEqualTypeOf<ReasoningEffort | null | undefined>();
    // The Responses API also offers "ultrafast" (the spec's ServiceTierResponses).
    expectTypeOf<ResponseCreateParams["service_tier"]>().toEqualTypeOf<ServiceTier | "ultrafast" | null | undefined>();
  });

  it("new values type-check in calls", () => {
    expectTypeOf(chatCompletion({ model: "gpt-5", messages, reasoning_effort: "xhigh", service_tier: "fast" })).toEqualTypeOf<
      Promise<Result<ChatCompletion>>
    >();
    void chatCompletion({ model: "gpt-5", messages, reasoning_effort: "none", service_tier: "scale" });
    void responsesCreate({ model: "gpt-5", input: "Hi", reasoning: { effort: "max" }, service_tier: "fast" });
    const assistant: AssistantCreateParams = { model: "o3", reasoning_effort: "max" };
    const run: RunCreateParams = { assistant_id: "asst_1", reasoning_effort: "none" };
    void assistant;
    void run;
  });

  it("wrong values do not", () => {
    // @ts-expect-error not an effort
    void chatCompletion({ model: "gpt-5", messages, reasoning_effort: "extreme" });
    // @ts-expect-error not a tier
    void chatCompletion({ model: "gpt-5", messages, service_tier: "turbo" });
    // @ts-expect-error not an effort
    void responsesCreate({ model: "gpt-5", reasoning: { effort: "maximum" } });
    // @ts-expect-error not a tier
    void responsesCreate({ model: "gpt-5", service_tier: "premium" });
    // @ts-expect-error not an effort
    const assistant: AssistantCreateParams = { model: "o3", reasoning_effort: "ultra" };
    // @ts-expect-error not an effort
    const run: RunCreateParams = { assistant_id: "asst_1", reasoning_effort: "HIGH" };
    void assistant;
    void run;
  });
});

describe("ImageSize", () => {
  it("accepts the known sizes, auto, and any WIDTHxHEIGHT", () => {
    const known: ImageSize = "1024x1024";
    const auto: ImageSize = "auto";
    const other: ImageSize = "2048x1152";
    void [known, auto, other];
    void imagesGenerations({ prompt: "a cat", model: "gpt-image-1", size: "3840x2160" });
    const edit: Pick<ImageEditParams, "size"> = { size: "1280x720" };
    void edit;
    expectTypeOf<"1536x1024">().toMatchTypeOf<ImageSize>();
    expectTypeOf<"4096x4096">().toMatchTypeOf<ImageSize>();
  });

  it("rejects what is not a size", () => {
    // @ts-expect-error not WIDTHxHEIGHT
    const words: ImageSize = "large";
    // @ts-expect-error missing height
    const half: ImageSize = "1024x";
    // @ts-expect-error wrong separator
    const star: ImageSize = "1024*1024";
    void [words, half, star];
    // @ts-expect-error not WIDTHxHEIGHT
    void imagesGenerations({ prompt: "a cat", size: "huge" });
    // @ts-expect-error a number is not a size
    const params: ImageGenerateParams = { prompt: "a cat", size: 1024 };
    void params;
  });
});

describe("chat custom tools and tool_choice", () => {
  const fn: ChatTool = { type: "function", function: { name: "get_weather", parameters: { type: "object" } } };
  const text: ChatCustomTool = { type: "custom", custom: { name: "run_sql", description: "Runs a query", format: { type: "text" } } };
  const grammar: ChatCustomTool = {
    type: "custom",
    custom: { name: "calc", format: { type: "grammar", grammar: { definition: "start: NUMBER", syntax: "lark" } } },
  };

  it("tools mix function and custom tools", () => {
    void chatCompletion({ model: "gpt-5", messages, tools: [fn, text, grammar, { type: "custom", custom: { name: "bare" } }] });
    void chatCompletion({
      model: "gpt-5",
      messages,
      tools: [{ type: "custom", custom: { name: "digits", format: { type: "grammar", grammar: { definition: "^\\d+$", syntax: "regex" } } } }],
    });
  });

  it("tool_choice accepts modes, a named function or custom tool, and allowed_tools", () => {
    const choices: ChatToolChoice[] = [
      "none",
      "auto",
      "required",
      { type: "function", function: { name: "get_weather" } },
      { type: "custom", custom: { name: "run_sql" } },
      { type: "allowed_tools", allowed_tools: { mode: "auto", tools: [{ type: "function", function: { name: "get_weather" } }] } },
      { type: "allowed_tools", allowed_tools: { mode: "required", tools: [{ type: "custom", custom: { name: "run_sql" } }] } },
    ];
    void choices;
    void chatCompletion({ model: "gpt-5", messages, tools: [fn, text], tool_choice: { type: "custom", custom: { name: "run_sql" } } });
    expectTypeOf<ChatCompletionParams["tool_choice"]>().toEqualTypeOf<ChatToolChoice | undefined>();
  });

  it("rejects malformed tools and choices", () => {
    // @ts-expect-error a custom tool needs a name
    const nameless: ChatCustomTool = { type: "custom", custom: { description: "no name" } };
    // @ts-expect-error grammar syntax is lark or regex
    const peg: ChatCustomTool = { type: "custom", custom: { name: "p", format: { type: "grammar", grammar: { definition: "x", syntax: "peg" } } } };
    // @ts-expect-error a grammar format needs its grammar
    const bare: ChatCustomTool = { type: "custom", custom: { name: "g", format: { type: "grammar" } } };
    // @ts-expect-error allowed_tools mode is auto or required
    const none: ChatToolChoice = { type: "allowed_tools", allowed_tools: { mode: "none", tools: [] } };
    // @ts-expect-error allowed_tools needs its tools
    const toolless: ChatToolChoice = { type: "allowed_tools", allowed_tools: { mode: "auto" } };
    // @ts-expect-error a custom choice names the tool under `custom`
    const misplaced: ChatToolChoice = { type: "custom", function: { name: "run_sql" } };
    // @ts-expect-error not a mode
    const always: ChatToolChoice = "always";
    void [nameless, peg, bare, none, toolless, misplaced, always];
    // @ts-expect-error not a tool type
    void chatCompletion({ model: "gpt-5", messages, tools: [{ type: "web_search" }] });
  });
});

describe("completions: the deprecated engine form with a non-literal stream flag", () => {
  it("resolves to the catch-all overload", () => {
    const flag = Math.random() > 0.5;
    expectTypeOf(completions("davinci", { prompt: "x", stream: flag })).toEqualTypeOf<Promise<Result<Completion> | Result<EventStream<Completion>>>>();
    expectTypeOf(completions("davinci", { prompt: "x", stream: flag }, { apiKey: "sk-test" })).toEqualTypeOf<
      Promise<Result<Completion> | Result<EventStream<Completion>>>
    >();
    // literal flags still pick the narrow overloads
    expectTypeOf(completions("davinci", { prompt: "x", stream: true })).toEqualTypeOf<Promise<Result<EventStream<Completion>>>>();
    expectTypeOf(completions("davinci", { prompt: "x", stream: false })).toEqualTypeOf<Promise<Result<Completion>>>();
    // @ts-expect-error the engine form still needs params
    void completions("davinci");
  });
});
