import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chatCompletion } from "../src/api/chat/chatCompletion";
import { models } from "../src/api/models/models";
import { modelsDelete } from "../src/api/models/modelsDelete";
import { filesUpload } from "../src/api/files/filesUpload";
import { threadMessageDelete } from "../src/api/threads/threadMessageDelete";
import { request } from "../src/_internal/request";
import { VERSION } from "../src/version";
import { TEST_KEY, useMockServer } from "./_helpers/mock";

const mock = useMockServer();
const chatParams = { model: "gpt-3.5-turbo", messages: [{ role: "user" as const, content: "Hello!" }] };

function seen() {
  const request = mock.server.lastRequest();
  if (!request) throw new Error("the server saw no request");
  return request;
}

describe("request headers", () => {
  it("VERSION equals package.json's version", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });

  it("a GET sends Authorization, User-Agent and Accept, and no Content-Type nor OpenAI-* headers", async () => {
    expect((await models(mock.config()))[0]).toBe("ok");
    const { headers, method, bodySize } = seen();
    expect(method).toBe("GET");
    expect(headers.authorization).toBe(`Bearer ${TEST_KEY}`);
    expect(headers["user-agent"]).toBe(`openai-ex/${VERSION}`);
    expect(headers.accept).toBe("application/json");
    expect(headers).not.toHaveProperty("content-type");
    expect(headers).not.toHaveProperty("openai-organization");
    expect(headers).not.toHaveProperty("openai-project");
    expect(headers).not.toHaveProperty("openai-beta");
    expect(bodySize).toBe(0);
  });

  it("a DELETE sends no Content-Type and no body", async () => {
    expect((await modelsDelete("ft:gpt-4o-mini:acme::x", mock.config()))[0]).toBe("ok");
    expect(seen().method).toBe("DELETE");
    expect(seen().headers).not.toHaveProperty("content-type");
    expect(seen().bodySize).toBe(0);
  });

  it("a JSON POST sends Content-Type: application/json and the params as the body", async () => {
    expect((await chatCompletion(chatParams, mock.config()))[0]).toBe("ok");
    expect(seen().method).toBe("POST");
    expect(seen().headers["content-type"]).toBe("application/json");
    expect(seen().headers.accept).toBe("application/json");
    expect(seen().json).toEqual(chatParams);
  });

  it("OpenAI-Organization and OpenAI-Project when configured", async () => {
    await models(mock.config({ organizationKey: "org-123", projectKey: "proj_456" }));
    expect(seen().headers["openai-organization"]).toBe("org-123");
    expect(seen().headers["openai-project"]).toBe("proj_456");
  });

  it("OpenAI-Beta: only when configured for ordinary functions", async () => {
    await chatCompletion(chatParams, mock.config());
    expect(seen().headers).not.toHaveProperty("openai-beta");
    await chatCompletion(chatParams, mock.config({ beta: "realtime=v1" }));
    expect(seen().headers["openai-beta"]).toBe("realtime=v1");
  });

  it("OpenAI-Beta: assistants=v2 for the assistants family unless configured", async () => {
    mock.server.on("GET /assistants", { body: { object: "list", data: [] } });
    await request({ method: "GET", path: "/assistants", send: "none", config: mock.config(), beta: "assistants" });
    expect(seen().headers["openai-beta"]).toBe("assistants=v2");
    await request({ method: "GET", path: "/assistants", send: "none", config: mock.config({ beta: "assistants=v1" }), beta: "assistants" });
    expect(seen().headers["openai-beta"]).toBe("assistants=v1");
  });

  it("no Authorization header without a key (non-OpenAI host)", async () => {
    await models({ apiUrl: mock.server.url });
    expect(seen().headers).not.toHaveProperty("authorization");
  });

  it("Accept: */* for binary and text endpoints", async () => {
    mock.server.on("GET /files/:id/content", { body: new Uint8Array([1, 2]) });
    const result = await request<Uint8Array>({
      method: "GET",
      path: "/files/{id}/content",
      ids: { id: "file-1" },
      send: "none",
      config: mock.config(),
      decode: "bytes",
    });
    expect(result[0]).toBe("ok");
    expect(result[1]).toEqual(new Uint8Array([1, 2]));
    expect(seen().headers.accept).toBe("*/*");
  });

  it("httpOptions.headers add headers and override built-in ones by name, case-insensitively", async () => {
    await chatCompletion(
      chatParams,
      mock.config({
        httpOptions: { headers: { "User-Agent": "my-app/2.0", ACCEPT: "application/json; q=1", "api-key": "azure-key", "X-Trace": "t-1" } },
      }),
    );
    const { headers } = seen();
    expect(headers["user-agent"]).toBe("my-app/2.0");
    expect(headers.accept).toBe("application/json; q=1");
    expect(headers["api-key"]).toBe("azure-key");
    expect(headers["x-trace"]).toBe("t-1");
    expect(headers["content-type"]).toBe("application/json");
  });

  it("a custom Content-Type replaces the built-in one instead of doubling it", async () => {
    await chatCompletion(chatParams, mock.config({ httpOptions: { headers: { "Content-Type": "application/json; charset=utf-8" } } }));
    expect(seen().headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(seen().json).toEqual(chatParams);
  });
});

describe("the URL", () => {
  it("httpOptions.query is added to the URL of a GET and of a POST", async () => {
    await models(mock.config({ httpOptions: { query: { "api-version": "2024-02-01" } } }));
    expect(seen().url).toBe("/v1/models?api-version=2024-02-01");
    await chatCompletion(chatParams, mock.config({ httpOptions: { query: { "api-version": "2024-02-01", x: "a b" } } }));
    expect(seen().path).toBe("/chat/completions");
    expect(seen().query).toEqual({ "api-version": "2024-02-01", x: "a b" });
    expect(seen().json).toEqual(chatParams);
  });

  it("GET params travel in the query, merged with httpOptions.query", async () => {
    await request({
      method: "GET",
      path: "/models",
      params: { limit: 2, order: "desc" },
      config: mock.config({ httpOptions: { query: { "api-version": "v" } } }),
    });
    expect(seen().query).toEqual({ limit: "2", order: "desc", "api-version": "v" });
    expect(seen().bodySize).toBe(0);
  });

  it("joins apiUrl and path with exactly one slash", async () => {
    expect((await models(mock.config({ apiUrl: `${mock.server.url}/` })))[0]).toBe("ok");
    expect(seen().url).toBe("/v1/models");
  });

  it("strips every trailing slash of apiUrl", async () => {
    expect((await models(mock.config({ apiUrl: `${mock.server.url}//` })))[0]).toBe("ok");
    expect(seen().url).toBe("/v1/models");
  });

  it("an apiUrl with a query or fragment is a config error and nothing is sent", async () => {
    for (const apiUrl of [`${mock.server.url}?api-version=2024-10-21`, `${mock.server.url}#v1`]) {
      const result = await models(mock.config({ apiUrl }));
      expect(result).toEqual(["error", { kind: "config", message: expect.stringContaining("httpOptions.query") }]);
    }
    expect(mock.server.requests).toHaveLength(0);
  });

  it('"." and ".." are refused as ids (the URL parser would resolve them to the parent resource)', async () => {
    for (const id of [".", ".."]) {
      expect(await models(id, mock.config())).toEqual(["error", { kind: "argument", argument: "model", message: `model must be an id, got "${id}"` }]);
      expect(await threadMessageDelete("thread_1", id, mock.config())).toEqual(["error", expect.objectContaining({ kind: "argument", argument: "messageId" })]);
    }
    expect(mock.server.requests).toHaveLength(0);
    await models("...", mock.config()); // only the two dot segments are special: this one is sent
    expect(seen().url).toBe("/v1/models/...");
  });

  it("a custom Content-Type applies to JSON bodies only: never to an upload, a GET or a DELETE", async () => {
    const config = mock.config({ httpOptions: { headers: { "Content-Type": "application/json; charset=utf-8" } } });
    expect((await chatCompletion(chatParams, config))[0]).toBe("ok");
    expect(seen().headers["content-type"]).toBe("application/json; charset=utf-8");
    const upload = await filesUpload(new Blob(['{"a":1}\n']), { purpose: "batch" }, config);
    expect(upload[0]).toBe("ok");
    expect(seen().headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen().multipart?.fields).toEqual({ purpose: "batch" });
    expect((await models(config))[0]).toBe("ok");
    expect(seen().headers).not.toHaveProperty("content-type");
  });

  it("percent-encodes ids into the path, keeping : and the other characters a segment may hold", async () => {
    await models("ft:a/b c?d#e", mock.config());
    expect(seen().url).toBe("/v1/models/ft:a%2Fb%20c%3Fd%23e");
    expect(seen().params).toEqual({ model: "ft:a/b c?d#e" });
  });
});
