import { describe, expect, it } from "vitest";
import { chatCompletion, models, request, requestStream, type Result } from "../../src/index";
import chatFixture from "../../fixtures/chat_completion.json";
import modelFixture from "../../fixtures/model.json";
import { TEST_KEY, useMockServer } from "../_helpers/mock";

const mock = useMockServer();
const messages = [{ role: "user" as const, content: "Hello" }];

/** The tuple without what changes from one response to the next (the date header and the mock's request id). */
function stable(result: Result<unknown>): unknown {
  if (result[0] === "error") return result;
  const { date: _date, "x-request-id": _id, ...headers } = result[2].headers;
  return [result[0], result[1], { ...result[2], headers, requestId: "…" }];
}

describe("request (the escape hatch)", () => {
  it('request("GET", "/models/gpt-4o") returns the same tuple as models("gpt-4o"), request for request', async () => {
    const wrapped = await models("gpt-4o", mock.config());
    const wrappedSeen = mock.server.lastRequest();
    const hatch = await request("GET", "/models/gpt-4o", undefined, mock.config());
    const hatchSeen = mock.server.lastRequest();
    expect(hatch).toEqual(["ok", { ...modelFixture, id: "gpt-4o" }, expect.objectContaining({ status: 200, requestId: expect.stringMatching(/^req_mock_/) })]);
    expect(stable(hatch)).toEqual(stable(wrapped));
    expect(hatchSeen).toMatchObject({ method: "GET", path: "/models/gpt-4o", query: {}, bodySize: 0 });
    expect(hatchSeen?.headers).toEqual(wrappedSeen?.headers);
  });

  it('request("POST", "/chat/completions", params) returns the same tuple as chatCompletion(params) and sends the same JSON', async () => {
    const params = { model: "gpt-4o-mini", messages, n: 2 };
    const wrapped = await chatCompletion(params, mock.config());
    const wrappedSeen = mock.server.lastRequest();
    const hatch = await request("POST", "/chat/completions", params, mock.config());
    const hatchSeen = mock.server.lastRequest();
    expect(hatch[0]).toBe("ok");
    expect((hatch[1] as typeof chatFixture).choices).toHaveLength(2);
    expect(stable(hatch)).toEqual(stable(wrapped));
    expect(hatchSeen).toMatchObject({ method: "POST", path: "/chat/completions", json: params });
    expect(hatchSeen?.headers).toEqual(wrappedSeen?.headers);
    expect(hatchSeen?.headers["content-type"]).toBe("application/json");
  });

  it("fills {name} segments from ids (percent-encoded) and sends GET params as the query", async () => {
    const [status] = await request("GET", "/models/{model}", { limit: 2 }, { ...mock.config(), ids: { model: "ft:gpt-4o:acme/x" } });
    expect(status).toBe("ok");
    expect(mock.server.lastRequest()).toMatchObject({ method: "GET", url: "/v1/models/ft:gpt-4o:acme%2Fx?limit=2", query: { limit: "2" } });
  });

  it("object query values go as bracket keys (metadata[team]=a)", async () => {
    await request("GET", "/chat/completions", { metadata: { team: "a" }, limit: 1 }, mock.config());
    expect(mock.server.lastRequest()?.query).toEqual({ "metadata[team]": "a", limit: "1" });
  });

  it("DELETE sends params as the query; PATCH and PUT send JSON", async () => {
    mock.server.on("DELETE /things/:id", { body: { id: "t1", deleted: true } });
    mock.server.on("PATCH /things/:id", (seen) => ({ body: { echoed: seen.json } }));
    mock.server.on("PUT /things/:id", (seen) => ({ body: { echoed: seen.json } }));
    expect(await request("DELETE", "/things/t1", { hard: true }, mock.config())).toEqual(["ok", { id: "t1", deleted: true }, expect.anything()]);
    expect(mock.server.lastRequest()).toMatchObject({ method: "DELETE", url: "/v1/things/t1?hard=true", bodySize: 0 });
    expect(await request("PATCH", "/things/t1", { name: "x" }, mock.config())).toEqual(["ok", { echoed: { name: "x" } }, expect.anything()]);
    expect(await request("PUT", "/things/t1", { name: "y" }, mock.config())).toEqual(["ok", { echoed: { name: "y" } }, expect.anything()]);
  });

  it("a { file } params object is sent as multipart, other keys as fields; a FormData as it is", async () => {
    mock.server.on("POST /uploads/raw", (seen) => ({
      body: { fields: seen.multipart?.fields, files: seen.multipart?.files.map((f) => [f.field, f.filename, f.size]) },
    }));
    const bytes = new TextEncoder().encode("hello");
    const [, sent] = await request("POST", "/uploads/raw", { file: { data: bytes, filename: "a.txt" }, purpose: "test" }, mock.config());
    expect(sent).toEqual({ fields: { purpose: "test" }, files: [["file", "a.txt", 5]] });
    expect(mock.server.lastRequest()?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const form = new FormData();
    form.append("note", "n1");
    form.append("image", new Blob([bytes]), "b.png");
    const [, formSent] = await request("POST", "/uploads/raw", form, mock.config());
    expect(formSent).toEqual({ fields: { note: "n1" }, files: [["image", "b.png", 5]] });
  });

  it("accept: bytes and text decode the body as asked", async () => {
    mock.server.on("GET /files/:id/content", { headers: { "content-type": "application/json" }, body: '{"a":1}' });
    expect(await request("GET", "/files/file-1/content", undefined, { ...mock.config(), accept: "bytes" })).toEqual([
      "ok",
      new TextEncoder().encode('{"a":1}'),
      expect.anything(),
    ]);
    expect(mock.server.lastRequest()?.headers.accept).toBe("*/*");
    expect(await request("GET", "/files/file-1/content", undefined, { ...mock.config(), accept: "text" })).toEqual(["ok", '{"a":1}', expect.anything()]);
  });

  it("retries and maps errors like every function, with the key scrubbed", async () => {
    mock.server.on("GET /models/:id", { status: 500, body: { error: { message: `bad key ${TEST_KEY}`, type: "server_error", param: null, code: null } } });
    const [status, error] = await request("GET", "/models/gpt-4o", undefined, mock.config({ httpOptions: { retry: 2, retryDelay: 1 } }));
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "api", status: 500 });
    expect(JSON.stringify(error)).not.toContain(TEST_KEY);
    expect(mock.server.requests).toHaveLength(3);
  });

  it("bad arguments are argument errors and nothing is sent", async () => {
    const cases: Array<[unknown[], string]> = [
      [["FETCH", "/models"], "method"],
      [["GET", "https://example.com/models"], "path"],
      [["GET", "//example.com/models"], "path"],
      [["GET", "models"], "path"],
      [["GET", "/models/{model}", undefined, {}], "model"],
      [["GET", "/models/{model}", undefined, { ids: { model: "" } }], "model"],
      [["GET", "/models", undefined, { accept: "xml" }], "accept"],
      [["GET", "/models", "limit=2"], "params"],
      [["GET", "/models", undefined, "sk-x"], "config"],
    ];
    for (const [args, argument] of cases) {
      const call = request as unknown as (...a: unknown[]) => Promise<Result<unknown>>;
      const last = args[3] === undefined || typeof args[3] !== "object" ? args[3] : { ...mock.config(), ...(args[3] as object) };
      const result = await call(args[0], args[1], args[2], last ?? mock.config());
      expect(result[1], JSON.stringify(args)).toMatchObject({ kind: "argument", argument });
    }
    expect(mock.server.requests).toHaveLength(0);
  });
});

describe("requestStream", () => {
  it("streams chat chunks through the same EventStream as chatCompletion({ stream: true })", async () => {
    const params = { model: "gpt-4o-mini", messages, stream: true };
    const [status, stream, meta] = await requestStream<{ choices: Array<{ delta: { content?: string } }> }>("POST", "/chat/completions", params, mock.config());
    expect(status).toBe("ok");
    expect(meta).toMatchObject({ status: 200 });
    let text = "";
    if (status === "ok") for await (const [kind, chunk] of stream) if (kind === "ok") text += chunk.choices[0]?.delta.content ?? "";
    expect(text).toBe(chatFixture.choices[0]?.message.content);
    expect(mock.server.lastRequest()).toMatchObject({ method: "POST", path: "/chat/completions", json: params });
  });

  it('events: "named" yields { event, data } items', async () => {
    mock.server.on("POST /custom/stream", { sse: 'event: thing.created\ndata: {"n":1}\n\nevent: done\ndata: [DONE]\n\n' });
    const [status, stream] = await requestStream("POST", "/custom/stream", {}, { ...mock.config(), events: "named" });
    const items: unknown[] = [];
    if (status === "ok") for await (const item of stream) items.push(item);
    expect(items[0]).toEqual(["ok", { event: "thing.created", data: { n: 1 } }]);
  });

  it("a non-2xx is an error tuple", async () => {
    mock.server.on("POST /chat/completions", { status: 400, body: { error: { message: "no", type: "invalid_request_error", param: null, code: null } } });
    expect((await requestStream("POST", "/chat/completions", { stream: true }, mock.config()))[1]).toMatchObject({ kind: "api", status: 400 });
  });
});
