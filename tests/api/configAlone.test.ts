/**
 * One rule for every function whose params are optional: a config passed alone in the params
 * position is the config (openai.ex's `batches(config)`); an object mixing config keys with params
 * is an argument error; `{}` is params. The walk below finds those functions from the exports.
 */
import { describe, expect, it } from "vitest";
import * as lib from "../../src/index";
import { batches, paginate, resetConfig, setConfig, vectorStores, assistants, files, type Config, type OpenAIError, type Result } from "../../src/index";
import { TEST_KEY, useMockServer } from "../_helpers/mock";

const mock = useMockServer();
/** A second key: a request carrying it can only have taken it from the config passed alone. */
const OTHER_KEY = "sk-other-tenant-0123456789abcdef";
const alone = (): Config => ({ apiUrl: mock.server.url, apiKey: OTHER_KEY, httpOptions: { retry: 0 } });
const authorization = () => mock.server.lastRequest()?.headers.authorization;

describe("a config alone in the params position", () => {
  it("batches(cfg), vectorStores(cfg), assistants(cfg) and files(cfg) list with that config", async () => {
    for (const [fn, path] of [
      [batches, "/batches"],
      [vectorStores, "/vector_stores"],
      [assistants, "/assistants"],
      [files, "/files"],
    ] as const) {
      mock.server.reset();
      const [status, page] = await (fn as (config: Config) => Promise<Result<unknown>>)(alone());
      expect(status).toBe("ok");
      expect(page).toMatchObject({ object: "list", data: expect.any(Array) });
      expect(mock.server.requests).toHaveLength(1);
      expect(mock.server.lastRequest()).toMatchObject({ method: "GET", path, query: {}, bodySize: 0 });
      expect(authorization()).toBe(`Bearer ${OTHER_KEY}`);
    }
  });

  it("batches(cfg) returns the exact page batches({}, cfg) returns", async () => {
    const [, withParams] = await batches({}, alone());
    expect(await batches(alone())).toEqual(["ok", withParams, expect.objectContaining({ status: 200 })]);
  });

  it("paginate(batches, cfg) walks with the config and puts the cursor in the params slot", async () => {
    mock.server.on("GET /batches", (request) =>
      request.query.after
        ? { body: { object: "list", data: [{ id: "batch_2" }], has_more: false } }
        : { body: { object: "list", data: [{ id: "batch_1" }], has_more: true, last_id: "batch_1" } },
    );
    const items: unknown[] = [];
    for await (const item of paginate(batches, alone())) items.push(item);
    expect(items).toEqual([
      ["ok", { id: "batch_1" }],
      ["ok", { id: "batch_2" }],
    ]);
    expect(mock.server.requests.map((request) => [request.query, request.headers.authorization])).toEqual([
      [{}, `Bearer ${OTHER_KEY}`],
      [{ after: "batch_1" }, `Bearer ${OTHER_KEY}`],
    ]);
  });

  it("an object mixing config keys and params is refused, and nothing is sent", async () => {
    const mixed = { limit: 2, apiKey: TEST_KEY } as never;
    const expected = [
      "error",
      {
        kind: "argument",
        argument: "params",
        message: 'params has the config key "apiKey" beside other fields: pass the config as its own argument after the params, e.g. (params, { apiKey })',
      },
    ];
    expect(await batches(mixed)).toEqual(expected);
    expect(await vectorStores(mixed)).toEqual(expected);
    expect(await files(mixed)).toEqual(expected);
    expect(await lib.threadMessages("thread_1", mixed)).toEqual(expected);
    expect(mock.server.requests).toHaveLength(0);
  });

  it("a config alone followed by another config is refused too", async () => {
    const result = await batches({ apiKey: TEST_KEY } as never, alone());
    expect(result).toEqual([
      "error",
      {
        kind: "argument",
        argument: "params",
        message: 'params has the config key "apiKey": pass the config as the last argument (with {} for params when they are optional)',
      },
    ]);
    expect(mock.server.requests).toHaveLength(0);
  });

  it("{} stays params: batches({}, cfg) and batches({})", async () => {
    setConfig({ apiUrl: mock.server.url, apiKey: TEST_KEY });
    expect((await batches({}))[0]).toBe("ok");
    expect(authorization()).toBe(`Bearer ${TEST_KEY}`);
    expect((await batches({}, alone()))[0]).toBe("ok");
    expect(authorization()).toBe(`Bearer ${OTHER_KEY}`);
  });
});

type AnyFn = (...args: unknown[]) => Promise<Result<unknown>>;
/** Exports that are not catalogue calls (result and config helpers, composites over other functions). */
const NOT_CALLS = new Set([
  "ok",
  "err",
  "isOk",
  "isError",
  "unwrap",
  "unwrapOr",
  "setConfig",
  "getConfig",
  "resetConfig",
  "paginate",
  "collectChatCompletion",
  "collectCompletion",
  "filesUploadLarge",
  "toFile",
  "batchRun",
  "poll",
  "responseFormat",
  "textFormat",
  "functionTool",
  "chatCompletionParse",
  "responsesParse",
  "runTools",
  "responsesRunTools",
  "verifyWebhook",
  "collectImages",
  "collectResponse",
  "textDeltas",
  "speechAudio",
  "saveSpeech",
]);
const calls = Object.entries(lib).filter(([name, value]) => typeof value === "function" && !NOT_CALLS.has(name)) as Array<[string, AnyFn]>;
const upload = () => new File([new Uint8Array([137, 80, 78, 71])], "otter.png", { type: "image/png" });

/**
 * The leading arguments a function needs before its optional params: ids (strings) and uploads
 * (a File), found by calling it with a global config and reading which argument it says is missing.
 * `undefined` when its params are required (the call fails on `params` before anything is sent).
 * The outcome of the call with those arguments is kept to compare with the config-alone call.
 */
async function leadingArguments(fn: AnyFn): Promise<{ lead: unknown[]; outcome: string } | undefined> {
  const lead: unknown[] = [];
  for (let attempt = 0; attempt < 6; attempt++) {
    const result = await fn(...lead);
    const error = result[1] as OpenAIError;
    if (result[0] === "error" && error.kind === "file")
      lead[lead.length - 1] = upload(); // a string taken as a path: an upload slot
    else if (result[0] === "error" && error.kind === "argument") {
      if (error.argument === "params" || error.argument === "config") return undefined;
      lead.push(/file|image|data|mask/i.test(error.argument) ? upload() : `id_${lead.length + 1}`);
    } else return { lead, outcome: outcome(result) };
  }
  return undefined;
}

/** `ok` or the error's kind and status: what a call with the same arguments must give again. */
const outcome = (result: Result<unknown>): string => (result[0] === "ok" ? "ok" : `${result[1].kind} ${"status" in result[1] ? result[1].status : ""}`);

describe("every exported function with optional params takes a config alone", () => {
  it("is called with a config alone against the mock server and uses it", async () => {
    const covered: string[] = [];
    const failures: string[] = [];
    for (const [name, fn] of calls) {
      resetConfig();
      mock.server.reset();
      // Download routes answer 404: filesDownload must not write into the working directory.
      mock.server.on("GET /files/:id/content", { status: 404, body: { error: { message: "No such file", type: "invalid_request_error" } } });
      setConfig({ apiUrl: mock.server.url, apiKey: TEST_KEY, httpOptions: { retry: 0 } });
      const found = await leadingArguments(fn);
      if (!found) continue;
      resetConfig(); // from here on, only the config passed alone can aim the call at the server
      mock.server.requests.length = 0;
      const result = await fn(...found.lead, alone());
      const seen = mock.server.lastRequest();
      const leaked = JSON.stringify([seen?.query, seen?.json ?? null, seen?.multipart?.fields ?? null]).match(/apiKey|apiUrl|httpOptions/);
      if (outcome(result) !== found.outcome)
        failures.push(`${name}: ${outcome(result)} instead of ${found.outcome}: ${JSON.stringify(result[1]).slice(0, 200)}`);
      else if (seen?.headers.authorization !== `Bearer ${OTHER_KEY}`) failures.push(`${name}: sent ${seen?.headers.authorization}`);
      else if (leaked) failures.push(`${name}: the config's ${leaked[0]} was sent as a param`);
      covered.push(name);
      const stream = result[1] as { abort?: () => void };
      if (result[0] === "ok" && typeof stream?.abort === "function") stream.abort();
    }
    expect(failures).toEqual([]);
    // The walk must find the list functions of issue 20, the id-first ones and the optional-body creates.
    for (const name of [
      "batches",
      "vectorStores",
      "assistants",
      "threads",
      "files",
      "models",
      "engines",
      "finetunes",
      "fineTuningJobs",
      "fineTuningJobsEvents",
      "fineTuningJobsCheckpoints",
      "threadMessages",
      "threadRuns",
      "threadRunSteps",
      "vectorStoreFiles",
      "vectorStoreFileBatchFiles",
      "responsesInputItems",
      "conversationItems",
      "conversationItem",
      "conversationsCreate",
      "threadsCreate",
      "threadsCreateAndRun",
      "imagesVariations",
      "assistantFiles",
      "threadMessageFiles",
    ]) {
      expect(covered, name).toContain(name);
    }
    // ...and none whose params are required.
    for (const name of ["chatCompletion", "batchesCreate", "responsesCreate", "audioTranscription", "threadMessageCreate"])
      expect(covered, name).not.toContain(name);
  }, 60_000);
});
