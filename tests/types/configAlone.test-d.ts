import { describe, expectTypeOf, it } from "vitest";
import {
  assistants,
  batches,
  chatkitThreads,
  containerFiles,
  evals,
  realtimeCallsCreate,
  skillVersionCreate,
  skills,
  paginate,
  threadMessages,
  vectorStores,
  type Assistant,
  type Batch,
  type ChatkitThreadList,
  type ContainerFileList,
  type EvalList,
  type SkillList,
  type SkillVersion,
  type BatchList,
  type Config,
  type ListPage,
  type Result,
  type StreamItem,
  type ThreadMessage,
  type VectorStore,
} from "../../src/index";

declare const cfg: Config;

describe("a config alone in the params position (issue 20)", () => {
  it("list functions take it and return a list result", () => {
    expectTypeOf(vectorStores(cfg)).toEqualTypeOf<Promise<Result<ListPage<VectorStore>>>>();
    expectTypeOf(batches(cfg)).toEqualTypeOf<Promise<Result<BatchList>>>();
    expectTypeOf(assistants(cfg)).toEqualTypeOf<Promise<Result<ListPage<Assistant>>>>();
    expectTypeOf(threadMessages("thread_abc123", cfg)).toEqualTypeOf<Promise<Result<ListPage<ThreadMessage>>>>();
    expectTypeOf(vectorStores({ apiKey: "sk" })).toEqualTypeOf<Promise<Result<ListPage<VectorStore>>>>();
  });

  it("the functions of today's API take it too (lists, an upload's params, a session)", () => {
    expectTypeOf(chatkitThreads(cfg)).toEqualTypeOf<Promise<Result<ChatkitThreadList>>>();
    expectTypeOf(evals(cfg)).toEqualTypeOf<Promise<Result<EvalList>>>();
    expectTypeOf(skills(cfg)).toEqualTypeOf<Promise<Result<SkillList>>>();
    expectTypeOf(containerFiles("cntr_abc123", cfg)).toEqualTypeOf<Promise<Result<ContainerFileList>>>();
    expectTypeOf(skillVersionCreate("skill_abc123", "./skill.zip", cfg)).toEqualTypeOf<Promise<Result<SkillVersion>>>();
    expectTypeOf(realtimeCallsCreate("v=0", cfg)).toEqualTypeOf<Promise<Result<string>>>();
  });

  it("the list of a config-alone call narrows to its page", async () => {
    const [status, page] = await vectorStores(cfg);
    if (status === "ok") expectTypeOf(page.data).toEqualTypeOf<VectorStore[]>();
  });

  it("paginate(batches, cfg) walks batches", () => {
    expectTypeOf(paginate(batches, cfg)).toEqualTypeOf<AsyncIterable<StreamItem<Batch>>>();
    expectTypeOf(paginate(assistants, cfg)).toEqualTypeOf<AsyncIterable<StreamItem<Assistant>>>();
  });
});
