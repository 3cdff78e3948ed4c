import { describe, expectTypeOf, it } from "vitest";
import {
  assistants,
  paginate,
  threadMessages,
  threads,
  threadRunCreate,
  threadRunSubmitToolOutputs,
  threadsCreateAndRun,
  type Assistant,
  type AssistantStreamEvent,
  type EventStream,
  type ListPage,
  type Result,
  type Run,
  type RunCreateParams,
  type RunStep,
  type RunStepDelta,
  type Thread,
  type ThreadMessage,
  type ThreadMessageDelta,
  type OpenAIErrorBody,
  type StreamItem,
} from "../../src/index";

type RunStream = EventStream<AssistantStreamEvent>;

describe("assistants family types", () => {
  it("assistants and threads dispatch on the first argument", () => {
    expectTypeOf(assistants()).toEqualTypeOf<Promise<Result<ListPage<Assistant>>>>();
    expectTypeOf(assistants({ limit: 2 }, {})).toEqualTypeOf<Promise<Result<ListPage<Assistant>>>>();
    expectTypeOf(assistants("asst_abc123")).toEqualTypeOf<Promise<Result<Assistant>>>();
    expectTypeOf(threads()).toEqualTypeOf<Promise<Result<ListPage<Thread>>>>();
    expectTypeOf(threads("thread_abc123", {})).toEqualTypeOf<Promise<Result<Thread>>>();
  });

  it("the list functions work with paginate", () => {
    expectTypeOf(paginate(threadMessages, "thread_abc123", { limit: 100 })).toEqualTypeOf<AsyncIterable<StreamItem<ThreadMessage>>>();
    expectTypeOf(paginate(assistants, { order: "asc" })).toEqualTypeOf<AsyncIterable<StreamItem<Assistant>>>();
  });

  it("the return type follows the stream flag", () => {
    expectTypeOf(threadRunCreate("t", { assistant_id: "a" })).toEqualTypeOf<Promise<Result<Run>>>();
    expectTypeOf(threadRunCreate("t", { assistant_id: "a", stream: false })).toEqualTypeOf<Promise<Result<Run>>>();
    expectTypeOf(threadRunCreate("t", { assistant_id: "a", stream: true })).toEqualTypeOf<Promise<Result<RunStream>>>();
    const unknownFlag: RunCreateParams = { assistant_id: "a", stream: Math.random() > 0.5 };
    // A flag only known at run time gives the union.
    expectTypeOf(threadRunCreate("t", unknownFlag)).toEqualTypeOf<Promise<Result<Run | RunStream>>>();
    expectTypeOf(threadsCreateAndRun()).toEqualTypeOf<Promise<Result<Run>>>();
    expectTypeOf(threadsCreateAndRun({ assistant_id: "a" })).toEqualTypeOf<Promise<Result<Run>>>();
    expectTypeOf(threadsCreateAndRun({ assistant_id: "a", stream: true })).toEqualTypeOf<Promise<Result<RunStream>>>();
    expectTypeOf(threadRunSubmitToolOutputs("t", "r", { tool_outputs: [] })).toEqualTypeOf<Promise<Result<Run>>>();
    expectTypeOf(threadRunSubmitToolOutputs("t", "r", { tool_outputs: [], stream: true })).toEqualTypeOf<Promise<Result<RunStream>>>();
  });

  it("the event union narrows data on event", async () => {
    const [status, stream] = await threadRunCreate("t", { assistant_id: "a", stream: true });
    if (status === "error") return;
    expectTypeOf(stream).toEqualTypeOf<RunStream>();
    for await (const [kind, item] of stream) {
      if (kind === "error") continue;
      switch (item.event) {
        case "thread.created":
          expectTypeOf(item.data).toEqualTypeOf<Thread>();
          break;
        case "thread.run.requires_action":
        case "thread.run.completed":
        case "thread.run.cancelled":
          expectTypeOf(item.data).toEqualTypeOf<Run>();
          break;
        case "thread.run.step.created":
          expectTypeOf(item.data).toEqualTypeOf<RunStep>();
          break;
        case "thread.run.step.delta":
          expectTypeOf(item.data).toEqualTypeOf<RunStepDelta>();
          break;
        case "thread.message.completed":
          expectTypeOf(item.data).toEqualTypeOf<ThreadMessage>();
          break;
        case "thread.message.delta":
          expectTypeOf(item.data).toEqualTypeOf<ThreadMessageDelta>();
          break;
        case "error":
          expectTypeOf(item.data).toEqualTypeOf<OpenAIErrorBody>();
          break;
      }
    }
  });

  it("unknown event names and a missing assistant_id do not compile", () => {
    // @ts-expect-error not an event of the union
    const wrong: AssistantStreamEvent = { event: "thread.run.done", data: {} as Run };
    // @ts-expect-error data must match the event
    const mismatched: AssistantStreamEvent = { event: "thread.message.delta", data: {} as Run };
    // @ts-expect-error assistant_id is required
    void threadRunCreate("t", { stream: true });
    void wrong;
    void mismatched;
  });
});
