import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inspect } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getConfig, resetConfig, setConfig, type Config, type HttpOptions, type ResolvedConfig } from "../src/config";
import { models } from "../src/api/models/models";
import modelsList from "../fixtures/models_list.json";
import { TEST_KEY, useMockServer } from "./_helpers/mock";

const mock = useMockServer();
const tempDirs: string[] = [];

function clearEnv(): void {
  for (const name of Object.keys(process.env)) if (name.startsWith("OPENAI_")) delete process.env[name];
}

afterEach(() => {
  clearEnv();
  vi.restoreAllMocks();
  resetConfig();
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * The working directory the config module sees. A stub rather than `process.chdir`, which worker
 * threads (Stryker's vitest workers) do not support; the module reads `process.cwd()` on each load.
 */
function useWorkingDirectory(dir: string): void {
  vi.spyOn(process, "cwd").mockReturnValue(dir);
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "openai-ex-config-"));
  tempDirs.push(dir);
  return dir;
}

/** Writes a config file (JSON unless `content` is a string) with `mode`, and returns its path. */
function writeConfigFile(content: unknown, mode = 0o600, dir = tempDir()): string {
  const file = join(dir, "openai.config.json");
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  chmodSync(file, mode);
  return file;
}

function resolved(override?: Config): ResolvedConfig {
  const [status, config] = getConfig(override);
  if (status !== "ok") throw new Error(`getConfig failed: ${config.message}`);
  return config;
}

/** A pass-through fetch (real HTTP) that counts its calls and can tag requests. */
function countingFetch(tag?: string): { fetch: typeof fetch; calls: number } {
  const counter = {
    calls: 0,
    fetch: ((input: RequestInfo | URL, init?: RequestInit) => {
      counter.calls++;
      const headers = new Headers(init?.headers);
      if (tag) headers.set("x-via-fetch", tag);
      return globalThis.fetch(input, { ...init, headers });
    }) as typeof fetch,
  };
  return counter;
}

interface Ladder {
  file: Config;
  env: Record<string, string>;
  set: Config;
  call: Config;
}

/**
 * Applies the sources one level at a time (defaults, + file, + env, + setConfig, + per-call) and
 * returns what `observe` saw at each level.
 */
async function climb(ladder: Ladder, observe: (call: Config | undefined) => Promise<unknown>): Promise<unknown[]> {
  const seen: unknown[] = [];
  for (let level = 0; level <= 4; level++) {
    clearEnv();
    resetConfig();
    if (level >= 1) process.env.OPENAI_CONFIG_FILE = writeConfigFile(ladder.file);
    if (level >= 2) Object.assign(process.env, ladder.env);
    if (level >= 3) expect(setConfig(ladder.set)[0]).toBe("ok");
    seen.push(await observe(level >= 4 ? ladder.call : undefined));
  }
  return seen;
}

/** Sends `models()` to the mock server and returns the request it received. */
async function sent(call: Config | undefined, base: Config = { apiUrl: mock.server.url }) {
  mock.server.reset();
  const merged: Config = { ...base, ...call, httpOptions: { retryDelay: 1, ...base.httpOptions, ...call?.httpOptions } };
  const result = await models(merged);
  expect(result[0]).toBe("ok");
  const request = mock.server.lastRequest();
  expect(request).toBeDefined();
  return request!;
}

describe("precedence: defaults < config file < env < setConfig() < per-call", () => {
  it("apiKey → Authorization (OPENAI_API_KEY)", async () => {
    const seen = await climb(
      { file: { apiKey: "sk-file-key" }, env: { OPENAI_API_KEY: "sk-env-key" }, set: { apiKey: "sk-set-key" }, call: { apiKey: "sk-call-key" } },
      async (call) => (await sent(call)).headers.authorization,
    );
    expect(seen).toEqual([undefined, "Bearer sk-file-key", "Bearer sk-env-key", "Bearer sk-set-key", "Bearer sk-call-key"]);
  });

  it("organizationKey → OpenAI-Organization (OPENAI_ORG_ID)", async () => {
    const seen = await climb(
      { file: { organizationKey: "org-file" }, env: { OPENAI_ORG_ID: "org-env" }, set: { organizationKey: "org-set" }, call: { organizationKey: "org-call" } },
      async (call) => (await sent(call)).headers["openai-organization"],
    );
    expect(seen).toEqual([undefined, "org-file", "org-env", "org-set", "org-call"]);
  });

  it("organizationKey from the alias OPENAI_ORGANIZATION", async () => {
    const seen = await climb(
      { file: { organizationKey: "org-file" }, env: { OPENAI_ORGANIZATION: "org-alias" }, set: {}, call: { organizationKey: "org-call" } },
      async (call) => (await sent(call)).headers["openai-organization"],
    );
    expect(seen).toEqual([undefined, "org-file", "org-alias", "org-alias", "org-call"]);
  });

  it("projectKey → OpenAI-Project (OPENAI_PROJECT_ID)", async () => {
    const seen = await climb(
      { file: { projectKey: "proj-file" }, env: { OPENAI_PROJECT_ID: "proj-env" }, set: { projectKey: "proj-set" }, call: { projectKey: "proj-call" } },
      async (call) => (await sent(call)).headers["openai-project"],
    );
    expect(seen).toEqual([undefined, "proj-file", "proj-env", "proj-set", "proj-call"]);
  });

  it("beta → OpenAI-Beta (OPENAI_BETA)", async () => {
    const seen = await climb(
      { file: { beta: "b=file" }, env: { OPENAI_BETA: "b=env" }, set: { beta: "b=set" }, call: { beta: "b=call" } },
      async (call) => (await sent(call)).headers["openai-beta"],
    );
    expect(seen).toEqual([undefined, "b=file", "b=env", "b=set", "b=call"]);
  });

  it.each(["OPENAI_BASE_URL", "OPENAI_API_URL"])("apiUrl → the URL requested (%s)", async (variable) => {
    const origin = mock.server.origin;
    const seen = await climb(
      { file: { apiUrl: `${origin}/file` }, env: { [variable]: `${origin}/env` }, set: { apiUrl: `${origin}/set` }, call: { apiUrl: `${origin}/call` } },
      async (call) => {
        if (!call && !process.env.OPENAI_CONFIG_FILE) return resolved().apiUrl; // level 0: nothing to send to
        mock.server.reset();
        const result = await models({ ...call, apiKey: TEST_KEY });
        expect(result).toMatchObject(["error", { kind: "api", status: 404 }]); // the mock only answers under /v1
        return mock.server.lastRequest()?.url;
      },
    );
    expect(seen).toEqual(["https://api.openai.com/v1", "/file/models", "/env/models", "/set/models", "/call/models"]);
  });

  it("OPENAI_BASE_URL wins over OPENAI_API_URL, OPENAI_ORG_ID over OPENAI_ORGANIZATION", async () => {
    process.env.OPENAI_BASE_URL = mock.server.url;
    process.env.OPENAI_API_URL = `${mock.server.origin}/elsewhere`;
    process.env.OPENAI_ORG_ID = "org-id";
    process.env.OPENAI_ORGANIZATION = "org-alias";
    const result = await models();
    expect(result[0]).toBe("ok");
    expect(mock.server.lastRequest()).toMatchObject({ url: "/v1/models" });
    expect(mock.server.lastRequest()?.headers["openai-organization"]).toBe("org-id");
  });

  it("env variables are read at call time and empty values count as unset", async () => {
    process.env.OPENAI_BASE_URL = mock.server.url;
    process.env.OPENAI_API_KEY = "";
    await models();
    expect(mock.server.lastRequest()?.headers.authorization).toBeUndefined();
    process.env.OPENAI_API_KEY = "sk-later";
    await models();
    expect(mock.server.lastRequest()?.headers.authorization).toBe("Bearer sk-later");
  });

  const numeric: Array<[keyof HttpOptions, number]> = [
    ["timeout", 600_000],
    ["streamIdleTimeout", 120_000],
    ["retry", 2],
    ["retryDelay", 500],
    ["maxRetryAfter", 60_000],
  ];
  it.each(numeric)("httpOptions.%s (default %i) via getConfig()", async (key, fallback) => {
    const seen = await climb(
      { file: { httpOptions: { [key]: 11 } }, env: {}, set: { httpOptions: { [key]: 13 } }, call: { httpOptions: { [key]: 14 } } },
      async (call) => resolved(call).httpOptions[key],
    );
    expect(seen).toEqual([fallback, 11, 11, 13, 14]);
  });

  it("httpOptions.retry from the config file is what the request layer uses", async () => {
    process.env.OPENAI_CONFIG_FILE = writeConfigFile({ apiUrl: mock.server.url, httpOptions: { retry: 1, retryDelay: 1 } });
    mock.server.on("GET /models", { status: 503, body: { error: { message: "busy" } } });
    const result = await models();
    expect(result).toMatchObject(["error", { kind: "api", status: 503 }]);
    expect(mock.server.requests).toHaveLength(2);
  });

  it("httpOptions merge per key: a per-call timeout keeps setConfig's retry", () => {
    setConfig({ httpOptions: { retry: 7, timeout: 5 } });
    const config = resolved({ httpOptions: { timeout: 9 } });
    expect(config.httpOptions).toMatchObject({ retry: 7, timeout: 9, retryDelay: 500, maxRetryAfter: 60_000 });
  });

  it("headers merge per header name, case-insensitively, across every source", async () => {
    process.env.OPENAI_CONFIG_FILE = writeConfigFile({ httpOptions: { headers: { "X-Shared": "file", "X-File": "f" } } });
    setConfig({ httpOptions: { headers: { "x-shared": "set", "X-Set": "s" } } });
    const request = await sent({ httpOptions: { headers: { "X-SHARED": "call", "x-call": "c" } } });
    expect(request.headers).toMatchObject({ "x-shared": "call", "x-file": "f", "x-set": "s", "x-call": "c" });
    expect(resolved().httpOptions.headers).toEqual({ "x-shared": "set", "x-file": "f", "x-set": "s" });
  });

  it("query merges per key across every source and is added to the URL", async () => {
    process.env.OPENAI_CONFIG_FILE = writeConfigFile({ httpOptions: { query: { "api-version": "file", a: "1" } } });
    setConfig({ httpOptions: { query: { "api-version": "set", b: "2" } } });
    const request = await sent({ httpOptions: { query: { "api-version": "call", c: "3" } } });
    expect(request.query).toEqual({ "api-version": "call", a: "1", b: "2", c: "3" });
    const again = await sent(undefined);
    expect(again.query).toEqual({ "api-version": "set", a: "1", b: "2" });
  });

  it("httpOptions.fetch: setConfig's is used, a per-call one wins", async () => {
    const fromSet = countingFetch("set");
    const fromCall = countingFetch("call");
    setConfig({ httpOptions: { fetch: fromSet.fetch } });
    expect((await sent(undefined)).headers["x-via-fetch"]).toBe("set");
    expect((await sent({ httpOptions: { fetch: fromCall.fetch } })).headers["x-via-fetch"]).toBe("call");
    expect([fromSet.calls, fromCall.calls]).toEqual([1, 1]);
  });

  it("httpOptions.signal: setConfig's applies to every call, a per-call one replaces it", async () => {
    setConfig({ apiUrl: mock.server.url, httpOptions: { signal: AbortSignal.abort() } });
    expect(await models()).toMatchObject(["error", { kind: "aborted" }]);
    expect((await models({ httpOptions: { signal: new AbortController().signal } }))[0]).toBe("ok");
    expect(mock.server.requests).toHaveLength(1);
  });
});

describe("the config file", () => {
  it("is read from ./openai.config.json in the working directory", async () => {
    const dir = tempDir();
    writeConfigFile({ apiKey: "sk-from-cwd", apiUrl: mock.server.url }, 0o600, dir);
    useWorkingDirectory(dir);
    const result = await models();
    expect(result).toEqual(["ok", modelsList, expect.objectContaining({ status: 200 })]);
    expect(mock.server.lastRequest()?.headers.authorization).toBe("Bearer sk-from-cwd");
  });

  it("OPENAI_CONFIG_FILE wins over ./openai.config.json", async () => {
    const dir = tempDir();
    writeConfigFile({ apiKey: "sk-from-cwd", apiUrl: mock.server.url }, 0o600, dir);
    useWorkingDirectory(dir);
    process.env.OPENAI_CONFIG_FILE = writeConfigFile({ apiKey: "sk-explicit", apiUrl: mock.server.url });
    await models();
    expect(mock.server.lastRequest()?.headers.authorization).toBe("Bearer sk-explicit");
  });

  it("is read once and cached until resetConfig()", async () => {
    const file = writeConfigFile({ apiKey: "sk-first", apiUrl: mock.server.url });
    process.env.OPENAI_CONFIG_FILE = file;
    await models();
    expect(mock.server.lastRequest()?.headers.authorization).toBe("Bearer sk-first");
    writeFileSync(file, JSON.stringify({ apiKey: "sk-second", apiUrl: mock.server.url }));
    await models();
    expect(mock.server.lastRequest()?.headers.authorization).toBe("Bearer sk-first");
    resetConfig();
    await models();
    expect(mock.server.lastRequest()?.headers.authorization).toBe("Bearer sk-second");
  });

  it("an absent ./openai.config.json is ignored", async () => {
    useWorkingDirectory(tempDir());
    const result = await models({ apiUrl: mock.server.url });
    expect(result[0]).toBe("ok");
  });

  it("a missing OPENAI_CONFIG_FILE is a config error naming the file", async () => {
    const file = join(tempDir(), "missing.json");
    process.env.OPENAI_CONFIG_FILE = file;
    const [status, error] = await models({ apiUrl: mock.server.url });
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "config" });
    expect((error as { message: string }).message).toContain(file);
    expect(mock.server.requests).toHaveLength(0);
  });

  it("an OPENAI_CONFIG_FILE that is a directory is a config error naming it", async () => {
    const dir = tempDir();
    process.env.OPENAI_CONFIG_FILE = dir;
    const [status, error] = await models({ apiUrl: mock.server.url });
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "config" });
    expect((error as { message: string }).message).toContain(dir);
  });

  const broken: Array<[string, string]> = [
    ["invalid JSON", "{ apiKey: nope"],
    ["a JSON array", "[1, 2]"],
    ["an unknown key", JSON.stringify({ apiKye: "x" })],
    ["an unknown httpOptions key", JSON.stringify({ httpOptions: { timeOut: 5 } })],
    ["a wrongly typed field", JSON.stringify({ httpOptions: { retry: "3" } })],
  ];
  it.each(broken)("%s gives a config error naming the file on every call, and nothing is sent", async (_name, text) => {
    const file = writeConfigFile(text);
    process.env.OPENAI_CONFIG_FILE = file;
    for (let call = 0; call < 2; call++) {
      const [status, error] = await models({ apiUrl: mock.server.url, apiKey: TEST_KEY });
      expect(status).toBe("error");
      expect(error).toMatchObject({ kind: "config" });
      expect((error as { message: string }).message).toContain(file);
    }
    expect(getConfig()).toMatchObject(["error", { kind: "config" }]);
    expect(mock.server.requests).toHaveLength(0);
  });

  it("names the unknown key", async () => {
    process.env.OPENAI_CONFIG_FILE = writeConfigFile({ apiKye: "x" });
    const [, error] = await models({ apiUrl: mock.server.url });
    expect((error as { message: string }).message).toContain("apiKye");
  });

  it("an apiKey in a file readable by others (644) is a config error; 600 works", async () => {
    const file = writeConfigFile({ apiKey: TEST_KEY, apiUrl: mock.server.url }, 0o644);
    process.env.OPENAI_CONFIG_FILE = file;
    const [status, error] = await models();
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "config" });
    expect((error as { message: string }).message).toContain(file);
    expect(JSON.stringify(error)).not.toContain(TEST_KEY);
    expect(mock.server.requests).toHaveLength(0);

    chmodSync(file, 0o600);
    resetConfig();
    expect((await models())[0]).toBe("ok");
    expect(mock.server.lastRequest()?.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
  });

  it("a 644 file without an apiKey is fine", async () => {
    process.env.OPENAI_CONFIG_FILE = writeConfigFile({ apiUrl: mock.server.url, organizationKey: "org-1" }, 0o644);
    expect((await models())[0]).toBe("ok");
    expect(mock.server.lastRequest()?.headers["openai-organization"]).toBe("org-1");
  });
});

describe("the missing-key rule", () => {
  it("no key and OpenAI's host: a config error before any request", async () => {
    const spy = countingFetch();
    const result = await models({ apiUrl: "https://api.openai.com/v1", httpOptions: { fetch: spy.fetch } });
    expect(result).toMatchObject(["error", { kind: "config" }]);
    expect((result[1] as { message: string }).message).toContain("OPENAI_API_KEY");
    expect(spy.calls).toBe(0);
  });

  it("no key and the default apiUrl: the same config error", async () => {
    const spy = countingFetch();
    const result = await models({ httpOptions: { fetch: spy.fetch } });
    expect(result).toMatchObject(["error", { kind: "config" }]);
    expect(spy.calls).toBe(0);
  });

  it("no key and another host: the request goes out without Authorization", async () => {
    const result = await models({ apiUrl: mock.server.url });
    expect(result).toEqual(["ok", modelsList, expect.objectContaining({ status: 200 })]);
    expect(mock.server.lastRequest()?.headers).not.toHaveProperty("authorization");
  });
});

describe("control characters", () => {
  const bad = ["sk-ctl-secret\r\nX-Injected: 1", "sk-ctl-secret\nmore", "sk-ctl-secret\0"];

  it.each(bad.map((value) => [JSON.stringify(value), value]))("apiKey %s per call is a config error that does not quote it", async (_label, value) => {
    const [status, error] = await models({ apiUrl: mock.server.url, apiKey: value });
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "config" });
    expect(JSON.stringify(error)).not.toContain("sk-ctl-secret");
    expect(mock.server.requests).toHaveLength(0);
  });

  it("apiKey with CR/LF from the environment is a config error", async () => {
    process.env.OPENAI_API_KEY = bad[0];
    const [status, error] = await models({ apiUrl: mock.server.url });
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "config" });
    expect(JSON.stringify(error)).not.toContain("sk-ctl-secret");
    expect(mock.server.requests).toHaveLength(0);
  });

  it("a key or header fetch cannot send (a pasted smart quote, a bad header name) is a config error, not a network error", async () => {
    const cases: Config[] = [
      { apiKey: "sk-quote-secret\u201d" },
      { projectKey: "proj_\u2028" },
      { httpOptions: { headers: { "bad name": "x" } } },
      { httpOptions: { headers: { "x-emoji": "\u{1F600}" } } },
    ];
    for (const extra of cases) {
      const result = await models(mock.config(extra));
      expect(result).toEqual(["error", { kind: "config", message: expect.any(String) }]);
      expect(JSON.stringify(result)).not.toContain("sk-quote-secret");
    }
    expect(mock.server.requests).toHaveLength(0);
  });

  it("Latin-1 header values and unicode query values are sent", async () => {
    await models(mock.config({ httpOptions: { headers: { "x-name": "caf\u00e9" }, query: { q: "\u2603 snow" } } }));
    expect(mock.server.lastRequest()?.query).toEqual({ q: "\u2603 snow" });
    expect(mock.server.lastRequest()?.headers["x-name"]).toBe(Buffer.from("caf\u00e9", "latin1").toString("latin1"));
  });

  it("an apiUrl that URL cannot parse is a config error", async () => {
    const result = await models(mock.config({ apiUrl: "http://exa mple.com/v1" }));
    expect(result).toEqual(["error", { kind: "config", message: expect.stringContaining("apiUrl") }]);
  });

  it("an OPENAI_BASE_URL that is no http(s) URL is a config error, not a crash", async () => {
    process.env.OPENAI_API_KEY = TEST_KEY;
    for (const value of ["not a url", "ftp://example.com/v1"]) {
      process.env.OPENAI_BASE_URL = value;
      const [status, error] = await models();
      expect(status).toBe("error");
      expect(error).toMatchObject({ kind: "config" });
      expect((error as { message: string }).message).toContain("apiUrl");
    }
  });

  it("apiKey with a control character from setConfig and from the file is a config error", async () => {
    const [status, error] = setConfig({ apiKey: bad[1] });
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "config" });
    expect(JSON.stringify(error)).not.toContain("sk-ctl-secret");

    process.env.OPENAI_CONFIG_FILE = writeConfigFile({ apiKey: bad[2] });
    const [fileStatus, fileError] = await models({ apiUrl: mock.server.url });
    expect(fileStatus).toBe("error");
    expect(fileError).toMatchObject({ kind: "config" });
    expect(JSON.stringify(fileError)).not.toContain("sk-ctl-secret");
  });

  it("a header value or organizationKey with CR/LF is a config error that does not quote it", async () => {
    const viaHeader = await models({ apiUrl: mock.server.url, httpOptions: { headers: { "api-key": "hdr-secret\r\nX-Evil: 1" } } });
    expect(viaHeader).toMatchObject(["error", { kind: "config" }]);
    expect(JSON.stringify(viaHeader)).not.toContain("hdr-secret");
    const viaOrg = await models({ apiUrl: mock.server.url, organizationKey: "org-secret\n" });
    expect(viaOrg).toMatchObject(["error", { kind: "config" }]);
    expect(JSON.stringify(viaOrg)).not.toContain("org-secret");
    expect(mock.server.requests).toHaveLength(0);
  });
});

describe("setConfig, getConfig, resetConfig", () => {
  it("setConfig merges over earlier calls and returns the resolved config", () => {
    expect(setConfig({ apiKey: "sk-one", httpOptions: { retry: 4 } })[0]).toBe("ok");
    const [status, config] = setConfig({ organizationKey: "org-two", httpOptions: { timeout: 10 } });
    expect(status).toBe("ok");
    expect(config).toMatchObject({ apiKey: "sk-one", organizationKey: "org-two", httpOptions: { retry: 4, timeout: 10 } });
  });

  it("setConfig with garbage returns an error tuple and changes nothing", async () => {
    setConfig({ apiUrl: mock.server.url, apiKey: "sk-kept", httpOptions: { retry: 1 } });
    const before = JSON.stringify(resolved());
    const throwing = {
      get apiKey(): string {
        throw new Error("getter exploded");
      },
    };
    const garbage: unknown[] = [
      null,
      "sk-a-string",
      42,
      [],
      { apiKye: "x" },
      { apiKey: 5 },
      { apiUrl: "not a url" },
      { apiUrl: "ftp://example.com" },
      { httpOptions: "fast" },
      { httpOptions: { timeout: -1 } },
      { httpOptions: { retry: Number.NaN } },
      { httpOptions: { headers: { "x-a": 1 } } },
      { httpOptions: { query: ["a"] } },
      { httpOptions: { signal: "stop" } },
      { httpOptions: { fetch: "fetch" } },
      { httpOptions: { unknown: 1 } },
      throwing,
    ];
    for (const value of garbage) {
      let result: unknown;
      expect(() => {
        result = setConfig(value as Config);
      }).not.toThrow();
      expect(result).toEqual(["error", expect.objectContaining({ kind: expect.stringMatching(/^(config|argument)$/), message: expect.any(String) })]);
    }
    expect(JSON.stringify(resolved())).toBe(before);
    await models();
    expect(mock.server.lastRequest()?.headers.authorization).toBe("Bearer sk-kept");
  });

  it("getConfig with a bad override returns an error tuple instead of throwing", () => {
    expect(getConfig("sk-oops" as unknown as Config)).toMatchObject(["error", { kind: "argument" }]);
    expect(JSON.stringify(getConfig("sk-oops" as unknown as Config))).not.toContain("sk-oops");
    const throwing = {
      get httpOptions(): HttpOptions {
        throw new Error("getter exploded");
      },
    };
    let result: unknown;
    expect(() => {
      result = getConfig(throwing as Config);
    }).not.toThrow();
    expect(result).toMatchObject(["error", { kind: "argument" }]);
  });

  it("resetConfig forgets setConfig values", () => {
    setConfig({ apiKey: "sk-gone", httpOptions: { retry: 9 } });
    resetConfig();
    const config = resolved();
    expect(config.apiKey).toBeUndefined();
    expect(config.httpOptions.retry).toBe(2);
  });

  it("getConfig() has every default", () => {
    expect(JSON.parse(JSON.stringify(resolved()))).toEqual({
      apiUrl: "https://api.openai.com/v1",
      httpOptions: { timeout: 600_000, streamIdleTimeout: 120_000, retry: 2, retryDelay: 500, maxRetryAfter: 60_000, headers: {}, query: {} },
    });
  });

  it("getConfig() redacts the key in JSON.stringify, util.inspect and String(), but keeps it readable", () => {
    setConfig({ apiKey: TEST_KEY });
    const [status, config] = getConfig();
    expect(status).toBe("ok");
    if (status !== "ok") return;
    expect(config.apiKey).toBe(TEST_KEY);
    for (const printed of [
      JSON.stringify(config),
      JSON.stringify(getConfig()),
      JSON.stringify(setConfig({})),
      inspect(config, { depth: 10 }),
      inspect(getConfig(), { depth: 10 }),
      String(config),
      `${config}`,
    ]) {
      expect(printed).not.toContain(TEST_KEY);
      expect(printed).not.toContain("0123456789abcdef");
    }
    expect(JSON.stringify(config)).toContain("redacted");
    expect(inspect(config)).toContain("redacted");
    expect(String(config)).toContain("redacted");
  });

  it("getConfig(override) redacts a per-call key too", () => {
    const [, config] = getConfig({ apiKey: TEST_KEY });
    expect(JSON.stringify(config)).not.toContain(TEST_KEY);
    expect(inspect(config)).not.toContain(TEST_KEY);
  });
});

describe("nothing handed out aliases internal state", () => {
  /** Edits every mutable part of a config a caller was given. */
  function tamper(config: ResolvedConfig): void {
    config.httpOptions.retry = 99;
    config.httpOptions.headers["x-leaked"] = "yes";
    config.httpOptions.query["leaked"] = "yes";
  }

  /** A later call still sends what the sources say: no x-leaked header, no leaked query, 1 retry. */
  async function expectUntouched(): Promise<void> {
    mock.server.reset();
    mock.server.on("GET /models", { status: 500, body: { error: { message: "down" } } });
    const [status] = await models({ httpOptions: { retryDelay: 0 } });
    expect(status).toBe("error");
    expect(mock.server.requests).toHaveLength(2); // retry: 1 from setConfig, not 99
    for (const request of mock.server.requests) {
      expect(request.headers["x-leaked"]).toBeUndefined();
      expect(request.query).toEqual({ "api-version": "1" });
    }
    const config = resolved();
    expect(config.httpOptions.retry).toBe(1);
    expect(config.httpOptions.headers).toEqual({ "x-set": "s" });
    expect(config.httpOptions.query).toEqual({ "api-version": "1" });
  }

  const given: Array<[string, () => ResolvedConfig]> = [
    ["getConfig()", () => resolved()],
    ["getConfig(override without httpOptions)", () => resolved({ organizationKey: "org-x" })],
    ["getConfig(override with httpOptions)", () => resolved({ httpOptions: { timeout: 5 } })],
    [
      "setConfig()'s result",
      () => {
        const [status, config] = setConfig({});
        if (status !== "ok") throw new Error(config.message);
        return config;
      },
    ],
  ];
  it.each(given)("editing %s changes no later call", async (_name, get) => {
    setConfig({ apiUrl: mock.server.url, apiKey: TEST_KEY, httpOptions: { retry: 1, headers: { "X-Set": "s" }, query: { "api-version": "1" } } });
    tamper(get());
    await expectUntouched();
  });

  it("editing the objects passed to setConfig() afterwards changes no later call", async () => {
    const headers: Record<string, string> = { "X-Set": "s" };
    const query: Record<string, string> = { "api-version": "1" };
    const httpOptions: HttpOptions = { retry: 1, headers, query };
    setConfig({ apiUrl: mock.server.url, apiKey: TEST_KEY, httpOptions });
    httpOptions.retry = 99;
    headers["x-leaked"] = "yes";
    query["leaked"] = "yes";
    await expectUntouched();
  });

  it("the meta and error headers of one call are not those of another", async () => {
    const config = { apiUrl: mock.server.url, apiKey: TEST_KEY, httpOptions: { retry: 0 } };
    const first = await models(config);
    if (first[0] !== "ok") throw new Error(first[1].message);
    first[2].headers["x-leaked"] = "yes";
    first[2].status = 599;
    const second = await models(config);
    expect(second[0]).toBe("ok");
    expect(second[2]).toMatchObject({ status: 200 });
    expect(second[2]?.headers["x-leaked"]).toBeUndefined();

    mock.server.on("GET /models", { status: 400, headers: { "x-request-id": "req_1" }, body: { error: { message: "bad" } } });
    const [, failure] = await models(config);
    (failure as { headers: Record<string, string> }).headers["x-leaked"] = "yes";
    const [, again] = await models(config);
    expect((again as { headers: Record<string, string> }).headers["x-leaked"]).toBeUndefined();
  });
});
