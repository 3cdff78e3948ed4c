import { describe, expect, it } from "vitest";
import {
  conversationItem,
  conversationItemDelete,
  conversationItems,
  conversationItemsCreate,
  conversations,
  conversationsCreate,
  conversationsDelete,
  conversationsModify,
} from "../../src/index";
import conversation from "../../fixtures/conv_conversation.json";
import itemsList from "../../fixtures/conv_items_list.json";
import item from "../../fixtures/conv_item.json";
import { TEST_KEY, useMockServer } from "../_helpers/mock";

const mock = useMockServer();
const meta = expect.objectContaining({ status: 200, requestId: expect.stringMatching(/^req_mock_/) });

/** The request the server saw: method, path, query, the headers that matter, and the JSON body. */
function seen() {
  const request = mock.server.lastRequest();
  return {
    method: request?.method,
    path: request?.path,
    query: request?.query,
    json: request?.json,
    authorization: request?.headers.authorization,
    contentType: request?.headers["content-type"],
    beta: request?.headers["openai-beta"],
  };
}

describe("conversations", () => {
  it("conversationsCreate(params) posts the metadata and items", async () => {
    const params = { metadata: { topic: "demo" }, items: [{ type: "message" as const, role: "user" as const, content: "Hello!" }] };
    const result = await conversationsCreate(params, mock.config());
    expect(result).toEqual(["ok", conversation, meta]);
    expect(seen()).toEqual({
      method: "POST",
      path: "/conversations",
      query: {},
      json: params,
      authorization: `Bearer ${TEST_KEY}`,
      contentType: "application/json",
      beta: undefined,
    });
  });

  it("conversationsCreate() without params sends an empty JSON object", async () => {
    process.env.OPENAI_API_KEY = TEST_KEY;
    process.env.OPENAI_BASE_URL = mock.server.url;
    try {
      const result = await conversationsCreate();
      expect(result).toEqual(["ok", { ...conversation, metadata: {} }, meta]);
      expect(seen()).toMatchObject({ method: "POST", path: "/conversations", json: {}, contentType: "application/json" });
    } finally {
      delete process.env.OPENAI_API_KEY;
      delete process.env.OPENAI_BASE_URL;
    }
  });

  it("conversations(conversationId) retrieves, percent-encoding the id", async () => {
    const result = await conversations("conv_1/2", mock.config());
    expect(result).toEqual(["ok", { ...conversation, id: "conv_1/2" }, meta]);
    expect(seen()).toEqual({
      method: "GET",
      path: "/conversations/conv_1%2F2",
      query: {},
      json: undefined,
      authorization: `Bearer ${TEST_KEY}`,
      contentType: undefined,
      beta: undefined,
    });
  });

  it("conversationsModify(conversationId, params) posts the metadata", async () => {
    const result = await conversationsModify("conv_123", { metadata: { topic: "project-x" } }, mock.config());
    expect(result).toEqual(["ok", { ...conversation, metadata: { topic: "project-x" } }, meta]);
    expect(seen()).toMatchObject({
      method: "POST",
      path: "/conversations/conv_123",
      json: { metadata: { topic: "project-x" } },
      contentType: "application/json",
    });
  });

  it("conversationsDelete(conversationId) sends DELETE without a body", async () => {
    const result = await conversationsDelete("conv_123", mock.config());
    expect(result).toEqual(["ok", { id: "conv_123", object: "conversation.deleted", deleted: true }, meta]);
    expect(seen()).toMatchObject({ method: "DELETE", path: "/conversations/conv_123", json: undefined, contentType: undefined });
    expect(mock.server.lastRequest()?.bodySize).toBe(0);
  });

  it("conversationItems(conversationId, params) lists with the query", async () => {
    const result = await conversationItems("conv_123", { limit: 2, order: "asc", after: "msg_000", include: ["message.output_text.logprobs"] }, mock.config());
    expect(result).toEqual(["ok", itemsList, meta]);
    expect(seen()).toMatchObject({
      method: "GET",
      path: "/conversations/conv_123/items",
      query: { limit: "2", order: "asc", after: "msg_000", "include[]": "message.output_text.logprobs" },
      contentType: undefined,
    });
    expect(mock.server.lastRequest()?.url).toBe("/v1/conversations/conv_123/items?limit=2&order=asc&after=msg_000&include[]=message.output_text.logprobs");
  });

  it("conversationItems(conversationId) lists without a query", async () => {
    process.env.OPENAI_API_KEY = TEST_KEY;
    process.env.OPENAI_BASE_URL = mock.server.url;
    try {
      expect(await conversationItems("conv_123")).toEqual(["ok", itemsList, meta]);
      expect(seen()).toMatchObject({ method: "GET", path: "/conversations/conv_123/items", query: {} });
    } finally {
      delete process.env.OPENAI_API_KEY;
      delete process.env.OPENAI_BASE_URL;
    }
  });

  it("conversationItem(conversationId, itemId, params) retrieves with include in the query", async () => {
    const result = await conversationItem("conv_123", "msg_abc", { include: ["file_search_call.results", "reasoning.encrypted_content"] }, mock.config());
    expect(result).toEqual(["ok", item, meta]);
    expect(seen()).toMatchObject({
      method: "GET",
      path: "/conversations/conv_123/items/msg_abc",
      query: { "include[]": ["file_search_call.results", "reasoning.encrypted_content"] },
    });
    expect(mock.server.lastRequest()?.url).toBe(
      "/v1/conversations/conv_123/items/msg_abc?include[]=file_search_call.results&include[]=reasoning.encrypted_content",
    );
  });

  it("conversationItem(conversationId, itemId, {}, config) takes the config after empty params", async () => {
    const result = await conversationItem("conv_123", "msg_xyz", {}, mock.config());
    expect(result).toEqual(["ok", { ...item, id: "msg_xyz" }, meta]);
    expect(seen()).toMatchObject({ method: "GET", path: "/conversations/conv_123/items/msg_xyz", query: {} });
  });

  it("conversationItemsCreate(conversationId, params) posts the items", async () => {
    const items = [
      { type: "message" as const, role: "user" as const, content: [{ type: "input_text" as const, text: "Hello!" }] },
      { type: "message" as const, role: "user" as const, content: [{ type: "input_text" as const, text: "How are you?" }] },
    ];
    const result = await conversationItemsCreate("conv_123", { items }, mock.config());
    expect(result).toEqual([
      "ok",
      {
        object: "list",
        data: [
          { ...items[0], id: "msg_001", status: "completed" },
          { ...items[1], id: "msg_002", status: "completed" },
        ],
        first_id: "msg_001",
        last_id: "msg_002",
        has_more: false,
      },
      meta,
    ]);
    expect(seen()).toMatchObject({ method: "POST", path: "/conversations/conv_123/items", query: {}, json: { items }, contentType: "application/json" });
  });

  it("conversationItemsCreate sends include in the query string and items in the body", async () => {
    const items = [{ type: "message" as const, role: "user" as const, content: [{ type: "input_text" as const, text: "Hello!" }] }];
    const params = { items, include: ["file_search_call.results" as const, "message.output_text.logprobs" as const] };
    const result = await conversationItemsCreate("conv_123", params, mock.config());
    expect(result[0]).toBe("ok");
    expect(seen()).toMatchObject({
      method: "POST",
      path: "/conversations/conv_123/items",
      query: { "include[]": ["file_search_call.results", "message.output_text.logprobs"] },
      json: { items },
    });
    expect(mock.server.lastRequest()?.url).toBe("/v1/conversations/conv_123/items?include[]=file_search_call.results&include[]=message.output_text.logprobs");
    expect(params).toEqual({ items, include: ["file_search_call.results", "message.output_text.logprobs"] }); // the caller's object is untouched
  });

  it("conversationItemDelete(conversationId, itemId) answers the conversation", async () => {
    const result = await conversationItemDelete("conv_123", "msg_abc", mock.config());
    expect(result).toEqual(["ok", conversation, meta]);
    expect(seen()).toMatchObject({ method: "DELETE", path: "/conversations/conv_123/items/msg_abc", contentType: undefined });
  });

  it("params mixed with a config is an argument error and nothing is sent", async () => {
    const result = await conversationItems("conv_123", { limit: 2, ...mock.config() } as never);
    expect(result[0]).toBe("error");
    expect(result[1]).toMatchObject({ kind: "argument", argument: "params" });
    const badId = await conversationItem("conv_123", "", {}, mock.config());
    expect(badId).toEqual(["error", { kind: "argument", argument: "item_id", message: "item_id must be a non-empty string, got an empty string" }]);
    expect(mock.server.requests).toHaveLength(0);
  });

  it("a 404 is an api error tuple without the key", async () => {
    mock.server.on(
      "GET /conversations/:id",
      { status: 404, body: { error: { message: "Conversation not found", type: "invalid_request_error", param: null, code: null } } },
      1,
    );
    const [status, error] = await conversations("conv_missing", mock.config());
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "api", status: 404, error: { message: "Conversation not found" } });
    expect(JSON.stringify(error)).not.toContain(TEST_KEY);
  });
});
