import { describe, expect, it } from "vitest";
import { chatCompletionMessages, chatCompletions, chatCompletionsDelete, chatCompletionsModify, paginate } from "../../src/index";
import chatFixture from "../../fixtures/chat_completion.json";
import messagesFixture from "../../fixtures/chatCompletions_messages.json";
import { TEST_KEY, useMockServer } from "../_helpers/mock";

const mock = useMockServer();

describe("stored chat completions", () => {
  it("chatCompletions(params) lists with the filter and cursor query, metadata as bracket keys", async () => {
    const [status, page] = await chatCompletions({ model: "gpt-4o-mini", limit: 2, order: "desc", metadata: { team: "support" } }, mock.config());
    expect(status).toBe("ok");
    expect(page).toMatchObject({ object: "list", first_id: "chatcmpl-abc123", last_id: "chatcmpl-def456", has_more: true });
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({
      method: "GET",
      path: "/chat/completions",
      bodySize: 0,
      query: { model: "gpt-4o-mini", limit: "2", order: "desc", "metadata[team]": "support" },
    });
    expect(seen?.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
  });

  it("chatCompletions() pages through every stored completion with paginate", async () => {
    const ids: string[] = [];
    for await (const [kind, item] of paginate(chatCompletions, { limit: 1 }, mock.config())) if (kind === "ok") ids.push(item.id);
    expect(ids).toEqual(["chatcmpl-abc123", "chatcmpl-def456", "chatcmpl-ghi789"]);
    expect(mock.server.requests.map((r) => r.query)).toEqual([
      { limit: "1" },
      { limit: "1", after: "chatcmpl-abc123" },
      { limit: "1", after: "chatcmpl-def456" },
    ]);
  });

  it("chatCompletions(id) retrieves one", async () => {
    expect(await chatCompletions("chatcmpl-xyz", mock.config())).toEqual([
      "ok",
      { ...chatFixture, id: "chatcmpl-xyz", metadata: {} },
      expect.objectContaining({ status: 200 }),
    ]);
    expect(mock.server.lastRequest()).toMatchObject({ method: "GET", path: "/chat/completions/chatcmpl-xyz", query: {}, bodySize: 0 });
  });

  it("chatCompletionsModify(id, { metadata }) posts the metadata as JSON", async () => {
    const [status, completion] = await chatCompletionsModify("chatcmpl-xyz", { metadata: { reviewed: "yes" } }, mock.config());
    expect([status, completion]).toEqual(["ok", { ...chatFixture, id: "chatcmpl-xyz", metadata: { reviewed: "yes" } }]);
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "POST", path: "/chat/completions/chatcmpl-xyz", json: { metadata: { reviewed: "yes" } } });
    expect(seen?.headers["content-type"]).toBe("application/json");
  });

  it("chatCompletionsDelete(id) sends DELETE with no body", async () => {
    expect(await chatCompletionsDelete("chatcmpl-xyz", mock.config())).toEqual([
      "ok",
      { object: "chat.completion.deleted", id: "chatcmpl-xyz", deleted: true },
      expect.anything(),
    ]);
    expect(mock.server.lastRequest()).toMatchObject({ method: "DELETE", path: "/chat/completions/chatcmpl-xyz", bodySize: 0 });
  });

  it("chatCompletionMessages(id, params) lists the messages with the cursor query", async () => {
    expect(await chatCompletionMessages("chatcmpl-abc123", { limit: 5, order: "asc" }, mock.config())).toEqual(["ok", messagesFixture, expect.anything()]);
    expect(mock.server.lastRequest()).toMatchObject({ method: "GET", path: "/chat/completions/chatcmpl-abc123/messages", query: { limit: "5", order: "asc" } });
    await chatCompletionMessages("chatcmpl-abc123", undefined, mock.config());
    expect(mock.server.lastRequest()?.query).toEqual({});
  });

  it("bad arguments are argument errors and nothing is sent", async () => {
    expect((await chatCompletions("", mock.config()))[1]).toMatchObject({ kind: "argument", argument: "completion_id" });
    expect((await chatCompletionsModify("chatcmpl-1", "x" as never, mock.config()))[1]).toMatchObject({ kind: "argument", argument: "params" });
    expect((await chatCompletionMessages(42 as never, {}, mock.config()))[1]).toMatchObject({ kind: "argument", argument: "completion_id" });
    expect((await chatCompletionsDelete("..", mock.config()))[1]).toMatchObject({ kind: "argument", argument: "completion_id" });
    expect(mock.server.requests).toHaveLength(0);
  });
});
