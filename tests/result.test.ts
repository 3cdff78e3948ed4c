import { describe, expect, it } from "vitest";
import { err, isError, isOk, ok, unwrap, unwrapOr, type Result, type StreamItem } from "../src/result";
import type { OpenAIError } from "../src/errors";
import { models } from "../src/api/models/models";
import modelsList from "../fixtures/models_list.json";
import { useMockServer } from "./_helpers/mock";

// No default x-ratelimit-* headers: these tests set their own.
const mock = useMockServer({ rateLimit: false });

const failure: OpenAIError = { kind: "argument", argument: "id", message: "id must be a string" };
const meta = { status: 200, headers: { "x-request-id": "req_1" }, requestId: "req_1" };

describe("result helpers", () => {
  it("ok and err build the tuples", () => {
    expect(ok({ id: "x" }, meta)).toEqual(["ok", { id: "x" }, meta]);
    expect(err(failure)).toEqual(["error", failure]);
    expect(err(failure)).toHaveLength(2);
  });

  it("isOk and isError tell the tuples apart (Result and StreamItem)", () => {
    const good: Result<number> = ok(1, meta);
    const bad: Result<number> = err(failure);
    const item: StreamItem<number> = ["ok", 2];
    const badItem: StreamItem<number> = ["error", failure];
    expect([isOk(good), isError(good)]).toEqual([true, false]);
    expect([isOk(bad), isError(bad)]).toEqual([false, true]);
    expect([isOk(item), isError(item)]).toEqual([true, false]);
    expect([isOk(badItem), isError(badItem)]).toEqual([false, true]);
  });

  it("unwrap returns the data of a success", () => {
    expect(unwrap(ok({ id: "x" }, meta))).toEqual({ id: "x" });
    expect(unwrap(["ok", 5] as StreamItem<number>)).toBe(5);
  });

  it("unwrap throws an Error carrying the OpenAIError in .error, with its message", () => {
    let thrown: unknown;
    try {
      unwrap(err(failure));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).message).toBe("id must be a string");
    expect((thrown as { error: OpenAIError }).error).toBe(failure);
  });

  it("unwrapOr returns the data or the fallback", () => {
    expect(unwrapOr(ok(1, meta), 0)).toBe(1);
    expect(unwrapOr(err<number>(failure), 0)).toBe(0);
    expect(unwrapOr(["error", failure] as StreamItem<number>, "none")).toBe("none");
  });

  it("unwrap throws for a real error tuple from the server", async () => {
    const result = await models("nope", mock.config());
    expect(() => unwrap(result)).toThrowError(/404/);
    expect(unwrap(await models(mock.config()))).toEqual(modelsList);
  });
});

describe("ResponseMeta", () => {
  it("has status, lower-cased headers and requestId from x-request-id", async () => {
    mock.server.on("GET /models", { status: 200, headers: { "X-Request-Id": "req_abc123", "X-Custom": "yes" }, body: modelsList }, 1);
    const [status, data, meta] = await models(mock.config());
    expect(status).toBe("ok");
    expect(data).toEqual(modelsList);
    expect(meta?.status).toBe(200);
    expect(meta?.requestId).toBe("req_abc123");
    expect(meta?.headers["x-request-id"]).toBe("req_abc123");
    expect(meta?.headers["x-custom"]).toBe("yes");
    expect(meta?.headers["content-type"]).toBe("application/json");
    expect(meta?.rateLimit).toBeUndefined();
  });

  it("has no requestId when the server sent none", async () => {
    mock.server.on("GET /models", { headers: { "x-request-id": "" }, body: modelsList }, 1);
    const [, , meta] = await models(mock.config());
    expect(meta?.requestId).toBeUndefined();
  });

  it("parses the x-ratelimit-* headers into rateLimit", async () => {
    mock.server.on(
      "GET /models",
      {
        headers: {
          "x-ratelimit-limit-requests": "10000",
          "x-ratelimit-limit-tokens": "2000000",
          "x-ratelimit-remaining-requests": "9999",
          "x-ratelimit-remaining-tokens": "1999950",
          "x-ratelimit-reset-requests": "6ms",
          "x-ratelimit-reset-tokens": "1s",
        },
        body: modelsList,
      },
      1,
    );
    const [, , meta] = await models(mock.config());
    expect(meta?.rateLimit).toEqual({
      limitRequests: 10000,
      limitTokens: 2000000,
      remainingRequests: 9999,
      remainingTokens: 1999950,
      resetRequests: "6ms",
      resetTokens: "1s",
    });
  });

  it("keeps only the rate-limit fields that are present and numeric", async () => {
    mock.server.on(
      "GET /models",
      {
        headers: { "x-ratelimit-remaining-requests": "7", "x-ratelimit-limit-tokens": "lots" },
        body: modelsList,
      },
      1,
    );
    const [, , meta] = await models(mock.config());
    expect(meta?.rateLimit).toEqual({ remainingRequests: 7 });
  });
});
