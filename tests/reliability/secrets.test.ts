/**
 * The API key never leaks: not in errors of any kind, not in printed or serialised config, not in
 * an `unwrap()` exception, not in any log. A config file that exposes the key or has unknown keys
 * is reported, not ignored.
 */
import { execFile } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Console } from "node:console";
import { Writable } from "node:stream";
import { inspect } from "node:util";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { chatCompletion, getConfig, models, resetConfig, setConfig, unwrap, type Config, type OpenAIError } from "../../src/index";
import { TEST_KEY, useMockServer } from "../_helpers/mock";

const mock = useMockServer();
const KEY = TEST_KEY;
const AZURE_KEY = "azure-ZYXWVUTSRQPONMLK-hidden";

/** Every 8-character window of a secret: finding any one of them in a text is a (partial) leak. */
function leaked(text: string, secret: string): string | undefined {
  for (let i = 0; i + 8 <= secret.length; i++) {
    const window = secret.slice(i, i + 8);
    if (text.includes(window)) return window;
  }
  return undefined;
}

/** Every way an error can be looked at. */
function renderings(error: OpenAIError): Record<string, string> {
  return {
    json: JSON.stringify(error),
    inspect: inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
    message: String(error.message),
  };
}

function expectNoLeak(label: string, texts: Record<string, string>, secrets = [KEY, AZURE_KEY]): void {
  for (const [how, text] of Object.entries(texts)) {
    for (const secret of secrets) {
      const window = leaked(text, secret);
      expect(
        window,
        `${label} (${how}) contains "${window}" of ${secret === KEY ? "the API key" : "the api-key header"}:\n${text.slice(0, 600)}`,
      ).toBeUndefined();
    }
  }
}

const cfg = (httpOptions: NonNullable<Config["httpOptions"]> = {}, extra: Config = {}): Config =>
  mock.config({ ...extra, httpOptions: { retry: 0, timeout: 500, streamIdleTimeout: 300, headers: { "api-key": AZURE_KEY }, ...httpOptions } });
const chatParams = { model: "gpt-4o-mini", messages: [{ role: "user" as const, content: "Hi" }] };

/** Produces one error of every kind, each with the key somewhere in reach (echoed by the server, in the input…). */
async function errorsOfEveryKind(): Promise<Array<[string, OpenAIError]>> {
  const out: Array<[string, OpenAIError]> = [];
  const take = async (label: string, promise: Promise<readonly unknown[]>) => {
    const result = await promise;
    expect(result[0], label).toBe("error");
    out.push([label, result[1] as OpenAIError]);
  };
  // Each of these streams must end with exactly one error item: one that ends silently fails here.
  const takeStreamError = async (label: string, stream: unknown) => {
    const errors: OpenAIError[] = [];
    for await (const [kind, item] of stream as AsyncIterable<readonly [string, unknown]>) if (kind === "error") errors.push(item as OpenAIError);
    expect(errors, `${label}: one error item`).toHaveLength(1);
    out.push([label, errors[0] as OpenAIError]);
  };
  const echo = `Incorrect API key provided: ${KEY} (api-key ${AZURE_KEY})`;
  const echoHeaders = { "x-echo-authorization": `Bearer ${KEY}`, "x-echo-api-key": AZURE_KEY };

  mock.server.on(
    "GET /models",
    { status: 401, headers: echoHeaders, body: { error: { message: echo, type: "invalid_request_error", code: "invalid_api_key" } } },
    1,
  );
  await take("api (server echoes the key in body and headers)", models(cfg()));
  mock.server.on("GET /models", { status: 502, headers: echoHeaders, body: `<pre>${echo}</pre>` }, 1);
  await take("http (HTML page echoing the key)", models(cfg()));
  mock.server.on("GET /models", { status: 200, headers: { "content-type": "text/html", ...echoHeaders }, body: `<pre>${echo}</pre>` }, 1);
  await take("parse (2xx HTML echoing the key)", models(cfg()));
  mock.server.on("GET /models", { hang: true, body: "" }, 1);
  await take("timeout", models(cfg()));
  const throwingFetch = (async (_url: unknown, init?: { headers?: HeadersInit }) => {
    const headers = new Headers(init?.headers);
    throw new Error(`cannot send ${headers.get("authorization")} / ${headers.get("api-key")}`, { cause: new Error(`inner ${headers.get("authorization")}`) });
  }) as unknown as typeof fetch;
  await take("network (a fetch whose error quotes the headers)", models(cfg({ fetch: throwingFetch })));
  await take("aborted (a signal whose reason holds the key)", models(cfg({ signal: AbortSignal.abort(new Error(KEY)) })));
  await take("config (key with a newline)", models(cfg({}, { apiKey: `${KEY}\n` })));
  await take("config (header with a newline)", models(cfg({ headers: { "api-key": `${AZURE_KEY}\r\n` } })));
  await take("config (apiUrl not a URL)", models(cfg({}, { apiUrl: `not a url ${KEY}` })));
  await take("argument (config in the params position)", chatCompletion({ ...chatParams, apiKey: KEY } as never, cfg()));

  mock.server.on("POST /chat/completions", { sse: [`event: error\ndata: ${JSON.stringify({ error: { message: echo, type: "server_error" } })}\n\n`] }, 1);
  const [, stream] = await chatCompletion({ ...chatParams, stream: true }, cfg());
  await takeStreamError("api (an error event in a stream echoing the key)", stream);
  mock.server.on("POST /chat/completions", { sse: [`data: {not json ${echo}\n\n`] }, 1);
  const [, broken] = await chatCompletion({ ...chatParams, stream: true }, cfg());
  await takeStreamError("parse (a malformed stream event echoing the key)", broken);
  // A server that ignores `stream: true` and answers a JSON error (and echoes the key in a header).
  mock.server.on("POST /chat/completions", { headers: echoHeaders, body: { error: { message: echo, type: "invalid_request_error" } } }, 1);
  const [, notStream] = await chatCompletion({ ...chatParams, stream: true }, cfg());
  await takeStreamError("api (a JSON error where a stream was expected, echoing the key)", notStream);
  mock.server.on("POST /chat/completions", { headers: { "content-type": "application/json" }, body: `{"not json ${echo}` }, 1);
  const [, badJson] = await chatCompletion({ ...chatParams, stream: true }, cfg());
  await takeStreamError("parse (broken JSON where a stream was expected, echoing the key)", badJson);
  return out;
}

describe("the key never appears in an error", () => {
  it("of any kind, however it is printed, nor in the exception unwrap() throws", async () => {
    const errors = await errorsOfEveryKind();
    const kinds = new Set(errors.map(([, error]) => error.kind));
    expect([...kinds].sort()).toEqual(["aborted", "api", "argument", "config", "http", "network", "parse", "timeout"]);
    for (const [label, error] of errors) {
      expectNoLeak(label, renderings(error), [KEY]);
      let thrown: unknown;
      try {
        unwrap(["error", error]);
      } catch (caught) {
        thrown = caught;
      }
      expect(thrown).toBeInstanceOf(Error);
      const e = thrown as Error;
      expectNoLeak(
        `unwrap() of ${label}`,
        { message: e.message, stack: String(e.stack), inspect: inspect(e, { depth: 10 }), string: String(e), json: JSON.stringify(e) },
        [KEY],
      );
    }
  });

  // Credentials sent in custom headers (Azure's `api-key`) are scrubbed like `apiKey`.
  it("nor the value of a custom credential header (Azure api-key) echoed by the server", async () => {
    const errors = await errorsOfEveryKind();
    for (const [label, error] of errors) expectNoLeak(label, renderings(error), [AZURE_KEY]);
  });
});

describe("the key never appears in printed config", () => {
  afterEach(() => {
    delete process.env.OPENAI_API_KEY;
    resetConfig();
  });

  /** `console.dir` bypasses custom inspection: it hides `apiKey` (non-enumerable) but shows headers as they are. */
  function printings(config: object, dir = true): Record<string, string> {
    let captured = "";
    const sink = new Writable({
      write(chunk, _encoding, done) {
        captured += String(chunk);
        done();
      },
    });
    const console = new Console({ stdout: sink, stderr: sink });
    console.log(config);
    console.log("%o", config);
    console.log("%O", config);
    console.log("%j", config);
    console.log("%s", config);
    console.log({ nested: { config } });
    console.error([config]);
    if (dir) console.dir(config, { depth: 10 });
    return {
      inspect: inspect(config),
      inspectDeep: inspect({ a: [config] }, { depth: 10, showHidden: true }),
      json: JSON.stringify(config),
      jsonNested: JSON.stringify({ config }),
      string: String(config),
      template: `${config}`,
      console: captured,
    };
  }

  it("getConfig() with the key from setConfig(), the environment and a per-call override", () => {
    process.env.OPENAI_API_KEY = KEY;
    const [envStatus, fromEnv] = getConfig();
    expect(envStatus).toBe("ok");
    expect((fromEnv as { apiKey?: string }).apiKey).toBe(KEY); // the key is there to use…
    expectNoLeak("getConfig() (env)", printings(fromEnv as object)); // …but never printed

    const [setStatus, fromSet] = setConfig({ apiKey: KEY, httpOptions: { headers: { "api-key": AZURE_KEY, Authorization: `Bearer ${KEY}` } } });
    expect(setStatus).toBe("ok");
    expectNoLeak("setConfig() result", printings(fromSet as object, false));
    const [, resolved] = getConfig({ apiKey: KEY });
    expectNoLeak("getConfig(override) with credential headers", printings(resolved as object, false));
    resetConfig(); // forget the credential headers set above: console.dir shows headers as they are
    const [, plain] = getConfig({ apiKey: KEY, httpOptions: { headers: { "x-trace": "1" } } });
    expectNoLeak("getConfig(override), console.dir included", printings(plain as object));
    expect((plain as { apiKey?: string }).apiKey).toBe(KEY);
  });
});

describe("the key never appears in a log", () => {
  it("the SDK writes nothing to the console or stdio during calls, ok or failing", async () => {
    const written: string[] = [];
    const spies = [
      ...(["log", "info", "warn", "error", "debug", "trace"] as const).map((name) =>
        vi.spyOn(console, name).mockImplementation((...args: unknown[]) => void written.push(`console.${name}: ${inspect(args)}`)),
      ),
      vi.spyOn(process.stdout, "write").mockImplementation((chunk: unknown) => (written.push(`stdout: ${String(chunk)}`), true)),
      vi.spyOn(process.stderr, "write").mockImplementation((chunk: unknown) => (written.push(`stderr: ${String(chunk)}`), true)),
    ];
    try {
      await errorsOfEveryKind();
      await models(cfg());
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(written).toEqual([]);
  });

  it("Node's own debug logs (NODE_DEBUG=http,net,fetch,undici) do not show the key", async () => {
    const script = fileURLToPath(new URL("./fixtures/debugLog.ts", import.meta.url));
    const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) => {
      execFile(
        process.execPath,
        ["--import", "tsx", script, KEY],
        { timeout: 60_000, env: { ...process.env, NODE_DEBUG: "http,net,fetch,undici,tls" } },
        (error, out, err) => {
          if (error) reject(new Error(`${error.message}\n${err}`));
          else resolve({ stdout: out, stderr: err });
        },
      );
    });
    expect(stdout).toContain('"outcomes":["ok","error","ok","error"]');
    expect(stderr).toMatch(/FETCH|HTTP/); // the debug log was on
    expectNoLeak("NODE_DEBUG output", { stdout, stderr }, [KEY]);
  });
});

describe("a config file that exposes the key or has unknown keys is reported", () => {
  let dir = "";
  const startDir = process.cwd();
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "openai-ex-secrets-"));
  });
  afterEach(() => {
    delete process.env.OPENAI_CONFIG_FILE;
    process.chdir(startDir);
    resetConfig();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function writeConfig(name: string, content: string, mode: number): string {
    const file = join(dir, name);
    writeFileSync(file, content);
    chmodSync(file, mode);
    return file;
  }

  it("mode 644 holding an apiKey → a config error on every call (with the chmod fix), never the key", async () => {
    const file = writeConfig("exposed.json", JSON.stringify({ apiKey: KEY, apiUrl: mock.server.url }), 0o644);
    process.env.OPENAI_CONFIG_FILE = file;
    resetConfig();
    const [status, error] = await models();
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "config" });
    expect((error as OpenAIError).message).toContain(`chmod 600 ${file}`);
    expectNoLeak("exposed config file error", renderings(error as OpenAIError));
    expect(getConfig()[0]).toBe("error");
    expect(mock.server.requests).toHaveLength(0);

    chmodSync(file, 0o600); // control: the same file, private, works
    resetConfig();
    expect((await models())[0]).toBe("ok");
    expect(mock.server.lastRequest()?.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it("./openai.config.json in the working directory is checked too", async () => {
    process.chdir(dir);
    writeConfig("openai.config.json", JSON.stringify({ apiKey: KEY, apiUrl: mock.server.url }), 0o640);
    resetConfig();
    const [status, error] = await models();
    expect([status, (error as OpenAIError).kind]).toEqual(["error", "config"]);
    rmSync(join(dir, "openai.config.json"));
  });

  for (const [label, content, named] of [
    ["an unknown top-level key", { apiKey: KEY, api_key: KEY }, "api_key"],
    ["an unknown httpOptions key", { httpOptions: { timeoutMs: 5 } }, "timeoutMs"],
    ["a wrongly typed value", { apiUrl: 42 }, "apiUrl"],
  ] as const) {
    it(`${label} → a config error naming it, on every call`, async () => {
      process.env.OPENAI_CONFIG_FILE = writeConfig("unknown.json", JSON.stringify(content), 0o600);
      resetConfig();
      for (let i = 0; i < 2; i++) {
        const [status, error] = await models(cfg());
        expect(status).toBe("error");
        expect(error).toMatchObject({ kind: "config" });
        expect((error as OpenAIError).message).toContain(named);
        expectNoLeak(label, renderings(error as OpenAIError));
      }
      expect(mock.server.requests).toHaveLength(0);
    });
  }

  it("invalid JSON → a config error that does not quote the file (which holds the key)", async () => {
    process.env.OPENAI_CONFIG_FILE = writeConfig("broken.json", `{"apiKey": ${KEY}}`, 0o600);
    resetConfig();
    const [status, error] = await models(cfg());
    expect([status, (error as OpenAIError).kind]).toEqual(["error", "config"]);
    expectNoLeak("invalid JSON config file", renderings(error as OpenAIError));
  });
});
