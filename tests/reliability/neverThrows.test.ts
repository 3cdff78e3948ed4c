/**
 * Never throw, never reject, never hang: every exported function, called with generated garbage,
 * returns a promise (or, for `paginate`, an async iterable) that settles to a result tuple.
 * The exports are enumerated at run time, so functions added later are covered automatically.
 */
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { z } from "zod";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { TEST_KEY, useMockServer } from "../_helpers/mock";
import { HUNG, notAResult, notAnError, notAStreamItem, watchProcess, within } from "./_shared";

const lib = (await import("../../src/index")) as unknown as Record<string, unknown>;

/** Pure result helpers and the synchronous config helpers are tested on their own below. */
const HELPERS = new Set(["ok", "err", "isOk", "isError", "unwrap", "unwrapOr"]);
const CONFIG_HELPERS = new Set(["setConfig", "getConfig", "resetConfig"]);
/** Synchronous builders of request pieces: they return an object (carrying any problem), tested below. */
const BUILDERS = new Set(["responseFormat", "textFormat", "functionTool"]);
/** Synchronous helpers that build a value (`toFile` names an upload): they must return an object and never throw. */
const VALUE_BUILDERS = new Set<unknown>([lib.toFile]);
const functions = Object.entries(lib)
  .filter(([name, value]) => typeof value === "function" && !HELPERS.has(name) && !CONFIG_HELPERS.has(name) && !BUILDERS.has(name))
  .sort(([a], [b]) => a.localeCompare(b)) as Array<[string, (...args: unknown[]) => unknown]>;

const builder = (name: string) => lib[name] as (...args: unknown[]) => unknown;
const weatherTool = () => builder("functionTool")(z.object({ city: z.string() }), { name: "get_weather" });

const NUM_RUNS = Number(process.env.RELIABILITY_RUNS ?? 40);
/** The longest any call may take: well above the per-call timeouts used below. */
const DEADLINE = 8_000;
const TINY_FILE = resolve("package.json");

const mock = useMockServer();
const watcher = watchProcess();
const startDir = process.cwd();
let sandbox = "";

beforeAll(() => {
  // filesDownload and friends write to a path they are given: garbage paths land in a sandbox.
  sandbox = mkdtempSync(join(tmpdir(), "openai-ex-never-"));
  const deep = join(sandbox, "a", "b", "c", "d", "e", "f", "g", "h");
  mkdirSync(deep, { recursive: true });
  process.chdir(deep);
  process.env.OPENAI_BASE_URL = mock.server.url;
});

beforeEach(() => {
  // Calls that carry no usable config still reach the mock server, quickly.
  if (lib.setConfig) (lib.setConfig as (c: unknown) => unknown)({ httpOptions: { timeout: 3_000, retry: 0, streamIdleTimeout: 1_000 } });
  // No downloaded content: an absolute garbage path must not be written to.
  mock.server.on("GET /files/:id/content", { status: 404, body: { error: { message: "No such file", type: "invalid_request_error" } } });
});

afterAll(() => {
  process.chdir(startDir);
  delete process.env.OPENAI_BASE_URL;
  rmSync(sandbox, { recursive: true, force: true });
  watcher.stop();
});

/** A generated argument: printed by its label, built fresh for every call. */
class Garbage {
  constructor(
    readonly label: string,
    readonly make: () => unknown,
  ) {}
  [fc.toStringMethod](): string {
    return this.label;
  }
}
const g = (label: string, make: () => unknown) => new Garbage(label, make);

const TRAPS = [
  "get",
  "set",
  "has",
  "deleteProperty",
  "ownKeys",
  "getOwnPropertyDescriptor",
  "defineProperty",
  "getPrototypeOf",
  "setPrototypeOf",
  "isExtensible",
  "preventExtensions",
  "apply",
  "construct",
] as const;
function throwingProxy<T extends object>(target: T): T {
  const handler: ProxyHandler<T> = {};
  for (const trap of TRAPS)
    (handler as Record<string, unknown>)[trap] = () => {
      throw new Error(`proxy trap ${trap}`);
    };
  return new Proxy(target, handler);
}
function deep(depth: number, array: boolean): unknown {
  let value: unknown = array ? [] : {};
  for (let i = 0; i < depth; i++) value = array ? [value] : { a: value };
  return value;
}
function circular(): unknown {
  const value: Record<string, unknown> = { model: "gpt-4o-mini", messages: [] };
  value.self = value;
  (value.messages as unknown[]).push(value);
  return value;
}
function throwingGetters(): unknown {
  const value = {};
  for (const name of ["model", "messages", "stream", "purpose", "input", "then", "apiKey"]) {
    Object.defineProperty(value, name, {
      enumerable: true,
      get: () => {
        throw new Error(`getter ${name}`);
      },
    });
  }
  return value;
}
const HUGE = "x".repeat(2_000_000);

const exotic: Garbage[] = [
  g("undefined", () => undefined),
  g("null", () => null),
  g("NaN", () => Number.NaN),
  g("-Infinity", () => Number.NEGATIVE_INFINITY),
  g("0", () => 0),
  g("true", () => true),
  g("Symbol()", () => Symbol("garbage")),
  g("10n", () => 10n),
  g('""', () => ""),
  g('"\\uD800" (lone surrogate)', () => "\uD800"),
  g('"a\\r\\nb\\0"', () => "a\r\nb\0"),
  g('"../../etc/passwd"', () => "../../etc/passwd"),
  g("huge string (2 MB)", () => HUGE),
  g("deep object (20 000 levels)", () => deep(20_000, false)),
  g("deep array (20 000 levels)", () => deep(20_000, true)),
  g("circular object", circular),
  g("object whose getters throw", throwingGetters),
  g("object whose toString/valueOf/toJSON throw", () => ({
    toString() {
      throw new Error("toString");
    },
    valueOf() {
      throw new Error("valueOf");
    },
    toJSON() {
      throw new Error("toJSON");
    },
    [Symbol.toPrimitive]() {
      throw new Error("toPrimitive");
    },
  })),
  g("Proxy({}) throwing on every trap", () => throwingProxy({})),
  g("Proxy(function) throwing on every trap", () => throwingProxy(function target() {})),
  g("Proxy([]) throwing on every trap", () => throwingProxy([])),
  g("Object.create(null)", () => Object.create(null)),
  g("[]", () => []),
  g("new Date()", () => new Date()),
  g("new Map()", () => new Map([["a", 1]])),
  g("Promise.resolve({})", () => Promise.resolve({})),
  g("function that throws", () => () => {
    throw new Error("callback throws");
  }),
  g("async function that rejects", () => async () => {
    throw new Error("callback rejects");
  }),
  g("function returning garbage", () => () => 42),
  g("Uint8Array", () => new Uint8Array([1, 2, 3])),
  g("Blob", () => new Blob(["hello"], { type: "text/plain" })),
  g("{ data: Blob, filename }", () => ({ data: new Blob(["a,b\n"]), filename: "x.csv" })),
  g("URL(file:)", () => new URL(`file://${TINY_FILE}`)),
  g("AbortSignal.abort()", () => AbortSignal.abort()),
];

const plausible: Garbage[] = [
  g('"gpt-4o-mini"', () => "gpt-4o-mini"),
  g('"file-abc123"', () => "file-abc123"),
  g("absolute path of a small file", () => TINY_FILE),
  g('"missing.jsonl"', () => "missing.jsonl"),
  g("{}", () => ({})),
  g("chat params", () => ({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] })),
  g("streaming chat params", () => ({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }], stream: true })),
  // The audio streams' call forms: multipart `stream=true`, and JSON `stream_format: "sse"`.
  g("streaming transcription params", () => ({ model: "gpt-4o-mini-transcribe", stream: true })),
  g("streaming speech params", () => ({ model: "gpt-4o-mini-tts", input: "hi", voice: "alloy", stream_format: "sse" })),
  g("{ purpose: 'fine-tune' }", () => ({ purpose: "fine-tune" })),
  g("{ apiKey } (config in the params position)", () => ({ apiKey: TEST_KEY })),
  // batchRun and poll: arguments that get past the checks, so a real (short) run or polling happens.
  g("batchRun options (fast polling)", () => ({ endpoint: "/v1/chat/completions", pollInterval: 1, maxPollInterval: 5, maxRequestsPerBatch: 2 })),
  g("a list of batch requests", () => [
    { model: "gpt-4o-mini", messages: [] },
    { custom_id: "x", body: { model: "gpt-nope" } },
    { model: "gpt-batch-expires" },
  ]),
  g("poll options that stop at once", () => ({ until: () => true, interval: 1 })),
  g("poll options that never stop (timeout 50 ms)", () => ({ until: () => false, interval: 1, timeout: 50 })),
  g('["batch_abc123"] (poll args)', () => ["batch_abc123"]),
  ...functions
    .filter(([name]) => ["models", "files", "chatCompletion", "assistants", "batches"].includes(name))
    .map(([name, fn]) => g(`the function ${name}`, () => fn)),
  g("a zod schema", () => z.object({ name: z.string(), age: z.number().optional() })),
  g("a zod record schema (not strict-convertible)", () => z.object({ scores: z.record(z.string(), z.number()) })),
  g("chat params with a responseFormat", () => ({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: "hi" }],
    response_format: builder("responseFormat")(z.object({ a: z.string() }), "a"),
  })),
  g("chat params forcing a tool call", () => ({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: "hi" }],
    tool_choice: "required",
    tools: [weatherTool()],
  })),
  g("a runTools tool map", () => ({ get_weather: { tool: weatherTool(), run: () => "sunny" } })),
  g("a runTools tool map whose run throws", () => ({
    get_weather: {
      tool: weatherTool(),
      run: () => {
        throw new Error("run throws");
      },
    },
  })),
];

const arbitraryGarbage: fc.Arbitrary<Garbage> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...exotic) },
  { weight: 3, arbitrary: fc.constantFrom(...plausible) },
  { weight: 2, arbitrary: fc.anything({ maxDepth: 3 }).map((value) => g(fc.stringify(value), () => value)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }).map((value) => g(JSON.stringify(value), () => value)) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 0, max: 200 })
      .map((n) => g(`object with ${n} keys`, () => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i])))),
  },
);

/** The trailing config: aimed at the mock server, sometimes absent or with an aborted signal or a 1 ms timeout. */
const arbitraryConfig = fc.constantFrom("none", "plain", "retry", "aborted", "1ms").map((variant) =>
  g(`config:${variant}`, () => {
    const httpOptions = { timeout: 3_000, streamIdleTimeout: 1_000, retry: 0, retryDelay: 1 };
    const base = { apiUrl: mock.server.url, apiKey: TEST_KEY };
    if (variant === "retry") return { ...base, httpOptions: { ...httpOptions, retry: 1 } };
    if (variant === "aborted") return { ...base, httpOptions: { ...httpOptions, signal: AbortSignal.abort() } };
    if (variant === "1ms") return { ...base, httpOptions: { ...httpOptions, timeout: 1 } };
    return variant === "plain" ? base : undefined;
  }),
);

/** Calls `fn`, then checks the outcome; returns a description of what went wrong, or undefined. */
async function attack(fn: (...args: unknown[]) => unknown, args: unknown[]): Promise<string | undefined> {
  let returned: unknown;
  try {
    returned = fn(...args);
  } catch (error) {
    return `threw synchronously: ${(error as Error)?.message ?? String(error)}`;
  }
  if (returned && typeof (returned as PromiseLike<unknown>).then === "function") {
    let result: unknown;
    try {
      result = await within(Promise.resolve(returned), DEADLINE);
    } catch (error) {
      return `rejected: ${(error as Error)?.message ?? String(error)}`;
    }
    if (result === HUNG) return `did not settle within ${DEADLINE} ms`;
    const problem = notAResult(result);
    if (problem) return `resolved to a non-result (${problem})`;
    if (JSON.stringify((result as unknown[])[1] ?? null)?.includes(TEST_KEY) && (result as unknown[])[0] === "error") return "error contains the API key";
    const data = (result as unknown[])[1];
    // Printed as `${kind}: ${message}`, a message must not repeat its kind ("config: config: apiUrl …").
    const { kind, message } = (data ?? {}) as { kind?: unknown; message?: unknown };
    if ((result as unknown[])[0] === "error" && typeof message === "string" && message.startsWith(`${String(kind)}:`))
      return `the message repeats its kind: ${message}`;
    if ((result as unknown[])[0] === "ok" && isAsyncIterable(data)) return drain(data as AsyncIterable<unknown>, "stream");
    return undefined;
  }
  if (isAsyncIterable(returned)) return drain(returned as AsyncIterable<unknown>, "iterable");
  if (VALUE_BUILDERS.has(fn)) return typeof returned === "object" && returned !== null ? undefined : `returned ${typeof returned}, not an object`;
  return `returned neither a promise nor an async iterable: ${typeof returned}`;
}

function isAsyncIterable(value: unknown): boolean {
  return typeof value === "object" && value !== null && typeof (value as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function";
}

/** Iterates up to 50 items within the deadline, checking each is a stream item tuple. */
async function drain(iterable: AsyncIterable<unknown>, what: string): Promise<string | undefined> {
  const run = (async () => {
    let count = 0;
    try {
      for await (const item of iterable) {
        const problem = notAStreamItem(item);
        if (problem) return `${what} yielded a non-item (${problem})`;
        if (++count >= 50) break;
      }
    } catch (error) {
      return `${what} threw while iterating: ${(error as Error)?.message ?? String(error)}`;
    }
    return undefined;
  })();
  const outcome = await within(run, DEADLINE);
  return outcome === HUNG ? `${what} did not end within ${DEADLINE} ms` : outcome;
}

describe(`never throws: ${functions.length} exported functions`, () => {
  it("enumerates the catalogue functions", () => {
    expect(functions.length).toBeGreaterThan(0);
    expect(functions.map(([name]) => name)).toContain("chatCompletion");
  });

  for (const [name, fn] of functions) {
    it(`${name}: every exotic value in each of the first three positions resolves to a tuple`, async () => {
      // A deterministic sweep, so a hole is found on every run, not only when the generator hits it.
      const filler = ["file-abc123", { model: "gpt-4o-mini" }];
      const failures: string[] = [];
      for (let position = 0; position < 3; position++) {
        for (const value of exotic) {
          const args: unknown[] = [
            ...filler.slice(0, position),
            value.make(),
            { apiUrl: mock.server.url, apiKey: TEST_KEY, httpOptions: { timeout: 3_000, retry: 0 } },
          ];
          const problem = await attack(fn, args);
          if (problem) failures.push(`${name}(${[...filler.slice(0, position).map((f) => JSON.stringify(f)), value.label, "config"].join(", ")}): ${problem}`);
        }
      }
      expect(failures).toEqual([]);
    }, 120_000);

    it(`${name}(garbage…, config?) resolves to a tuple`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(arbitraryGarbage, { maxLength: 6 }), arbitraryConfig, async (garbage, config) => {
          const args = garbage.map((item) => item.make());
          const trailing = config.make();
          if (trailing !== undefined) args.push(trailing);
          const problem = await attack(fn, args);
          if (problem) throw new Error(`${name}: ${problem}`);
        }),
        { numRuns: NUM_RUNS, endOnFailure: true },
      );
    }, 120_000);
  }

  it("batchRun with valid options and garbage requests, option values and configs yields tuples and ends", async () => {
    const batchRun = lib.batchRun as (...args: unknown[]) => unknown;
    const optionNames = ["order", "metadata", "statePath", "tempDir", "signal", "onProgress", "concurrency", "cancelOnAbort", "maxBytesPerBatch"];
    await fc.assert(
      fc.asyncProperty(
        fc.array(arbitraryGarbage, { maxLength: 5 }),
        fc.constantFrom(...optionNames),
        arbitraryGarbage,
        arbitraryConfig,
        async (requests, name, value, config) => {
          const options = { endpoint: "/v1/chat/completions", pollInterval: 1, maxPollInterval: 5, maxRequestsPerBatch: 2, [name]: value.make() };
          const problem = await attack(batchRun, [requests.map((item) => item.make()), options, config.make()]);
          if (problem) throw new Error(`batchRun: ${problem}`);
        },
      ),
      { numRuns: NUM_RUNS, endOnFailure: true },
    );
  }, 120_000);

  it("the config helpers never throw on garbage and return tuples", () => {
    const setConfig = lib.setConfig as (value: unknown) => unknown;
    const getConfig = lib.getConfig as (value?: unknown) => unknown;
    const resetConfig = lib.resetConfig as () => unknown;
    fc.assert(
      fc.property(arbitraryGarbage, (item) => {
        for (const call of [() => setConfig(item.make()), () => getConfig(item.make())]) {
          let result: unknown;
          try {
            result = call();
          } catch (error) {
            throw new Error(`threw: ${(error as Error)?.message ?? String(error)}`);
          }
          const problem = notAStreamItem(result);
          if (problem) throw new Error(`not a tuple: ${problem}`);
        }
        expect(() => resetConfig()).not.toThrow();
      }),
      { numRuns: NUM_RUNS * 5 },
    );
  });

  it("the request builders (responseFormat, textFormat, functionTool) never throw: they return an object carrying any problem as an error", () => {
    fc.assert(
      fc.property(fc.constantFrom(...BUILDERS), fc.array(arbitraryGarbage, { maxLength: 4 }), (name, garbage) => {
        let built: unknown;
        try {
          built = builder(name)(...garbage.map((item) => item.make()));
        } catch (error) {
          throw new Error(`${name} threw: ${(error as Error)?.message ?? String(error)}`);
        }
        expect(typeof built).toBe("object");
        const problem = (Object.getOwnPropertyDescriptor(built, "~structured")?.value as { problem?: unknown } | undefined)?.problem;
        if (problem !== undefined) expect(notAnError(problem)).toBeUndefined();
      }),
      { numRuns: NUM_RUNS * 5 },
    );
  });

  it("no unhandledRejection or uncaughtException was seen", async () => {
    // Let any late rejection surface before looking.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(watcher.seen).toEqual([]);
  });
});
