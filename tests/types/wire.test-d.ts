import { describe, expectTypeOf, it } from "vitest";
import { responses, threadRunCreate, threadRunStep, threadRunSteps, type ResponseObject, type Result, type Run, type RunStep } from "../../src/index";

const content = "step_details.tool_calls[*].file_search.results[*].content" as const;

describe("query params typed on the params (issue 17)", () => {
  it("threadRunCreate, threadRunSteps and threadRunStep take include", () => {
    expectTypeOf(threadRunCreate("t", { assistant_id: "a", include: [content] })).toEqualTypeOf<Promise<Result<Run>>>();
    void threadRunSteps("t", "r", { include: [content], limit: 2 });
    void threadRunSteps("t", "r", { "include[]": [content] });
    expectTypeOf(threadRunStep("t", "r", "s", { include: [content] })).toEqualTypeOf<Promise<Result<RunStep>>>();
    expectTypeOf(threadRunStep("t", "r", "s", { apiKey: "sk-x" })).toEqualTypeOf<Promise<Result<RunStep>>>();
    expectTypeOf(threadRunStep("t", "r", "s", {}, { apiKey: "sk-x" })).toEqualTypeOf<Promise<Result<RunStep>>>();
    // @ts-expect-error: an include value the API does not know
    void threadRunCreate("t", { assistant_id: "a", include: ["bogus"] });
    // @ts-expect-error: a config then params is not a call form
    void threadRunStep("t", "r", "s", { apiKey: "sk-x" }, { include: [content] });
  });

  it("responses takes the retrieve query, or a config alone", () => {
    expectTypeOf(responses("r", { include: ["file_search_call.results"], include_obfuscation: false, starting_after: 2 })).toEqualTypeOf<
      Promise<Result<ResponseObject>>
    >();
    expectTypeOf(responses("r", { apiKey: "sk-x" })).toEqualTypeOf<Promise<Result<ResponseObject>>>();
    expectTypeOf(responses("r", undefined, { apiKey: "sk-x" })).toEqualTypeOf<Promise<Result<ResponseObject>>>();
    // @ts-expect-error: starting_after is a number
    void responses("r", { starting_after: "x" });
  });
});
