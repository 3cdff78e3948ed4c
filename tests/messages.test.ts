/** Error messages a new user reads (issue 20): each says what failed and how to fix it, without repeating its kind. */
import { describe, expect, it } from "vitest";
import { batches, chatCompletion, fineTuningJobs, models, setConfig, vectorStores, type Config } from "../src/index";
import { TEST_KEY, useMockServer } from "./_helpers/mock";

const mock = useMockServer();
const chat = { model: "gpt-4o-mini", messages: [{ role: "user" as const, content: "hi" }] };

describe("messages", () => {
  it("a bad config field names the field, then where it came from", async () => {
    expect(await models({ apiKey: TEST_KEY, apiUrl: "ftp://example.com/v1" })).toEqual([
      "error",
      {
        kind: "config",
        message:
          "apiUrl in the config argument must be an absolute http(s) URL without a query or fragment, such as https://api.openai.com/v1 (put query parameters in httpOptions.query)",
      },
    ]);
    expect(await chatCompletion(chat, { ...mock.config(), httpOptions: 5 } as unknown as Config)).toEqual([
      "error",
      {
        kind: "config",
        message: "httpOptions in the config argument must be an object like { timeout: 30_000 }",
      },
    ]);
    expect(await chatCompletion(chat, mock.config({ httpOptions: { retry: -1 } }))).toEqual([
      "error",
      {
        kind: "config",
        message: "httpOptions.retry in the config argument must be a non-negative number of attempts",
      },
    ]);
    expect(setConfig({ httpOptions: { timeout: Number.NaN } })).toEqual([
      "error",
      {
        kind: "config",
        message: "httpOptions.timeout in the config given to setConfig() must be a non-negative number of milliseconds",
      },
    ]);
    expect(await chatCompletion(chat, { ...mock.config(), apiKey: "sk-\n" })).toEqual([
      "error",
      {
        kind: "config",
        message: "apiKey in the config argument must be a string with no CR, LF, NUL or non-Latin-1 character",
      },
    ]);
    expect(await chatCompletion(chat, 42 as unknown as Config)).toEqual([
      "error",
      {
        kind: "argument",
        argument: "config",
        message: "the config argument must be an object like { apiKey }, got number",
      },
    ]);
    expect(mock.server.requests).toHaveLength(0);
  });

  it("a number where an id goes says that an id is a string", async () => {
    const number = 123 as never;
    expect(await batches(number, mock.config())).toEqual([
      "error",
      {
        kind: "argument",
        argument: "params",
        message: 'params must be a plain object or omitted, got number; a batch id is a string such as "batch_abc123"',
      },
    ]);
    expect(await vectorStores(number)).toEqual([
      "error",
      {
        kind: "argument",
        argument: "params",
        message: 'params must be a plain object or omitted, got number; a vector store id is a string such as "vs_abc123"',
      },
    ]);
    expect(await fineTuningJobs(number)).toEqual([
      "error",
      {
        kind: "argument",
        argument: "params",
        message: 'params must be a plain object or omitted, got number; a fine-tuning job id is a string such as "ftjob-abc123"',
      },
    ]);
    expect(await models(number)).toEqual([
      "error",
      {
        kind: "argument",
        argument: "config",
        message: 'the config argument must be an object like { apiKey }, got number; a model id is a string such as "gpt-4o-mini"',
      },
    ]);
    expect(mock.server.requests).toHaveLength(0);
  });

  it("an object's type is named with the right article", async () => {
    expect(await chatCompletion(AbortSignal.abort() as never, mock.config())).toEqual([
      "error",
      {
        kind: "argument",
        argument: "params",
        message: "params must be a plain object, got an AbortSignal object",
      },
    ]);
    expect(await chatCompletion(new Map() as never, mock.config())).toEqual([
      "error",
      {
        kind: "argument",
        argument: "params",
        message: "params must be a plain object, got a Map object",
      },
    ]);
  });
});
