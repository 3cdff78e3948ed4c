import { describe, expectTypeOf, it } from "vitest";
import { models } from "../../src/api/models/models";
import { modelsDelete } from "../../src/api/models/modelsDelete";
import { embeddings } from "../../src/api/embeddings/embeddings";
import { moderations } from "../../src/api/moderations/moderations";
import { getConfig, setConfig, type Config, type ResolvedConfig } from "../../src/config";
import type { ApiError, OpenAIError } from "../../src/errors";
import { err, isError, isOk, ok, unwrap, unwrapOr, type ResponseMeta, type Result, type StreamItem } from "../../src/result";
import type { ListPage } from "../../src/types/common";
import type { Model } from "../../src/types/models";
import type { DeletedObject } from "../../src/types/common";
import type { EmbeddingsResponse } from "../../src/types/embeddings";
import type { Moderation } from "../../src/types/moderations";

declare const result: Result<Model>;
declare const item: StreamItem<Model>;

describe("Result narrowing", () => {
  it("narrows a destructured tuple on its status", () => {
    const [status, data, meta] = result;
    expectTypeOf(status).toEqualTypeOf<"ok" | "error">();
    if (status === "error") {
      expectTypeOf(data).toEqualTypeOf<OpenAIError>();
      expectTypeOf(meta).toEqualTypeOf<undefined>();
    } else {
      expectTypeOf(data).toEqualTypeOf<Model>();
      expectTypeOf(meta).toEqualTypeOf<ResponseMeta>();
    }
  });

  it("narrows the other way round too", () => {
    const [status, data] = result;
    if (status === "ok") expectTypeOf(data).toEqualTypeOf<Model>();
    else expectTypeOf(data).toEqualTypeOf<OpenAIError>();
  });

  it("narrows the error by kind", () => {
    const [status, data] = result;
    if (status === "error" && data.kind === "api") {
      expectTypeOf(data).toEqualTypeOf<ApiError>();
      expectTypeOf(data.status).toEqualTypeOf<number>();
      expectTypeOf(data.retryAfter).toEqualTypeOf<number | undefined>();
    }
  });

  it("narrows a stream item", () => {
    const [status, data] = item;
    if (status === "error") expectTypeOf(data).toEqualTypeOf<OpenAIError>();
    else expectTypeOf(data).toEqualTypeOf<Model>();
  });

  it("tuples are readonly", () => {
    // @ts-expect-error a Result cannot be mutated
    result[0] = "ok";
  });

  it("meta has status, headers, requestId and rateLimit", () => {
    expectTypeOf<ResponseMeta["status"]>().toEqualTypeOf<number>();
    expectTypeOf<ResponseMeta["headers"]>().toEqualTypeOf<Record<string, string>>();
    expectTypeOf<ResponseMeta["requestId"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<NonNullable<ResponseMeta["rateLimit"]>["remainingRequests"]>().toEqualTypeOf<number | undefined>();
  });
});

describe("helpers", () => {
  it("isOk and isError narrow the whole tuple", () => {
    if (isOk(result)) {
      expectTypeOf(result[1]).toEqualTypeOf<Model>();
      expectTypeOf(result[2]).toEqualTypeOf<ResponseMeta>();
    }
    if (isError(result)) expectTypeOf(result[1]).toEqualTypeOf<OpenAIError>();
    if (isError(item)) expectTypeOf(item[1]).toEqualTypeOf<OpenAIError>();
  });

  it("unwrap returns T, unwrapOr T or the fallback", () => {
    expectTypeOf(unwrap(result)).toEqualTypeOf<Model>();
    expectTypeOf(unwrap(item)).toEqualTypeOf<Model>();
    expectTypeOf(unwrapOr(result, null)).toEqualTypeOf<Model | null>();
    expectTypeOf(unwrapOr(result, 0 as const)).toEqualTypeOf<Model | 0>();
  });

  it("ok and err build Results", () => {
    expectTypeOf(ok({ id: "x" }, { status: 200, headers: {} })).toEqualTypeOf<Result<{ id: string }>>();
    expectTypeOf(err<Model>({ kind: "aborted", message: "x" })).toEqualTypeOf<Result<Model>>();
  });
});

describe("function signatures", () => {
  it("models() overloads: list vs retrieve", () => {
    expectTypeOf(models()).toEqualTypeOf<Promise<Result<ListPage<Model>>>>();
    expectTypeOf(models({ apiKey: "k" })).toEqualTypeOf<Promise<Result<ListPage<Model>>>>();
    expectTypeOf(models("gpt-4o-mini")).toEqualTypeOf<Promise<Result<Model>>>();
    expectTypeOf(models("gpt-4o-mini", { apiKey: "k" })).toEqualTypeOf<Promise<Result<Model>>>();
    // @ts-expect-error a config cannot come before the id
    void models({ apiKey: "k" }, "gpt-4o-mini");
    // @ts-expect-error an id is a string
    void models(42);
  });

  it("other functions return their typed Results", () => {
    expectTypeOf(modelsDelete("ft:x")).toEqualTypeOf<Promise<Result<DeletedObject>>>();
    expectTypeOf(embeddings({ model: "m", input: "x" })).toEqualTypeOf<Promise<Result<EmbeddingsResponse>>>();
    expectTypeOf(moderations({ input: "x" })).toEqualTypeOf<Promise<Result<Moderation>>>();
    // @ts-expect-error a config key in params is rejected by the types too
    void moderations({ input: "x", apiKey: "k" });
  });

  it("config helpers return StreamItem tuples of the resolved config", () => {
    expectTypeOf(getConfig()).toEqualTypeOf<StreamItem<ResolvedConfig>>();
    expectTypeOf(setConfig).parameter(0).toEqualTypeOf<Config>();
    const [status, config] = getConfig();
    if (status === "ok") expectTypeOf(config.httpOptions.timeout).toEqualTypeOf<number>();
  });
});
