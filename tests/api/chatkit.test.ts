import { describe, expect, it } from "vitest";
import { setConfig, chatkitSessionsCancel, chatkitSessionsCreate, chatkitThreadItems, chatkitThreads, chatkitThreadsDelete, paginate } from "../../src/index";
import sessionFixture from "../../fixtures/chatkit_session.json";
import threadFixture from "../../fixtures/chatkit_thread.json";
import itemsFixture from "../../fixtures/chatkit_thread_items.json";
import { useMockServer } from "../_helpers/mock";

const mock = useMockServer();

describe("chatkit", () => {
  it("chatkitSessionsCreate(params) posts JSON with the ChatKit beta header", async () => {
    const params = { workflow: { id: "wf_support_triage" }, user: "user_2841" };
    const [status, session] = await chatkitSessionsCreate(params, mock.config());
    expect([status, session]).toEqual(["ok", { ...sessionFixture, id: expect.stringMatching(/^cksess_/) }]);
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "POST", path: "/chatkit/sessions", json: params });
    expect(seen?.headers["openai-beta"]).toBe("chatkit_beta=v1");
  });

  it("a configured beta header wins (and the mock, like the API, refuses a call without chatkit_beta)", async () => {
    const [status, error] = await chatkitSessionsCreate({ workflow: { id: "wf_1" }, user: "u" }, mock.config({ beta: "assistants=v2" }));
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "api", status: 400 });
    expect(mock.server.lastRequest()?.headers["openai-beta"]).toBe("assistants=v2");
  });

  it("a global beta (set for the assistants family) does not reach ChatKit", async () => {
    setConfig({ beta: "assistants=v2" });
    expect((await chatkitThreads({}, mock.config()))[0]).toBe("ok");
    expect(mock.server.lastRequest()?.headers["openai-beta"]).toBe("chatkit_beta=v1");
  });

  it("chatkitSessionsCancel(id) posts with no body", async () => {
    expect(await chatkitSessionsCancel("cksess_1", mock.config())).toEqual([
      "ok",
      { ...sessionFixture, id: "cksess_1", status: "cancelled" },
      expect.anything(),
    ]);
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "POST", path: "/chatkit/sessions/cksess_1/cancel", bodySize: 0 });
    expect(seen?.headers["openai-beta"]).toBe("chatkit_beta=v1");
    expect(seen?.headers["content-type"]).toBeUndefined();
  });

  it("chatkitThreads(params) lists with the query; chatkitThreads(id) retrieves", async () => {
    const [, page] = await chatkitThreads({ user: "user_2841", limit: 2, order: "desc" }, mock.config());
    expect(page).toMatchObject({ object: "list", has_more: true });
    expect(mock.server.lastRequest()).toMatchObject({ method: "GET", path: "/chatkit/threads", query: { user: "user_2841", limit: "2", order: "desc" } });
    expect(mock.server.lastRequest()?.headers["openai-beta"]).toBe("chatkit_beta=v1");
    expect(await chatkitThreads("cthr_1", mock.config())).toEqual(["ok", { ...threadFixture, id: "cthr_1" }, expect.anything()]);
    expect(mock.server.lastRequest()).toMatchObject({ method: "GET", path: "/chatkit/threads/cthr_1", query: {} });
    let count = 0;
    for await (const [kind] of paginate(chatkitThreads, { limit: 1 }, mock.config())) if (kind === "ok") count++;
    expect(count).toBe(3);
  });

  it("a config alone in the params position is the config, and still gets the ChatKit beta", async () => {
    const [status] = await chatkitThreads(mock.config({ organizationKey: "org-ck" }));
    expect(status).toBe("ok");
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "GET", path: "/chatkit/threads", query: {} });
    expect(seen?.headers["openai-beta"]).toBe("chatkit_beta=v1");
    expect(seen?.headers["openai-organization"]).toBe("org-ck");
    expect((await chatkitThreadItems("cthr_1", mock.config({ beta: "custom=v9" })))[0]).toBe("error");
    expect(mock.server.lastRequest()?.headers["openai-beta"]).toBe("custom=v9");
  });

  it("chatkitThreadsDelete(id) sends DELETE", async () => {
    expect(await chatkitThreadsDelete("cthr_1", mock.config())).toEqual([
      "ok",
      { id: "cthr_1", object: "chatkit.thread.deleted", deleted: true },
      expect.anything(),
    ]);
    expect(mock.server.lastRequest()).toMatchObject({ method: "DELETE", path: "/chatkit/threads/cthr_1", bodySize: 0 });
  });

  it("chatkitThreadItems(threadId, params) lists the items", async () => {
    expect(await chatkitThreadItems("cthr_52e8b0a7f1c9", { limit: 10, order: "asc" }, mock.config())).toEqual(["ok", itemsFixture, expect.anything()]);
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "GET", path: "/chatkit/threads/cthr_52e8b0a7f1c9/items", query: { limit: "10", order: "asc" } });
    expect(seen?.headers["openai-beta"]).toBe("chatkit_beta=v1");
  });

  it("bad arguments are argument errors and nothing is sent", async () => {
    expect((await chatkitThreads("", mock.config()))[1]).toMatchObject({ kind: "argument", argument: "thread_id" });
    expect((await chatkitSessionsCancel(undefined as never, mock.config()))[1]).toMatchObject({ kind: "argument", argument: "session_id" });
    expect((await chatkitSessionsCreate("wf" as never, mock.config()))[1]).toMatchObject({ kind: "argument", argument: "params" });
    expect(mock.server.requests).toHaveLength(0);
  });
});
