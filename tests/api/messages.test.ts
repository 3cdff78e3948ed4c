import { describe, expect, it } from "vitest";
import {
  threadMessage,
  threadMessageCreate,
  threadMessageDelete,
  threadMessageFile,
  threadMessageFiles,
  threadMessageModify,
  threadMessages,
} from "../../src/index";
import message from "../../fixtures/message_object.json";
import messageList from "../../fixtures/message_list.json";
import messageFile from "../../fixtures/message_file.json";
import messageFileList from "../../fixtures/message_file_list.json";
import { TEST_KEY, useMockServer } from "../_helpers/mock";

const mock = useMockServer();

function seen() {
  expect(mock.server.requests).toHaveLength(1);
  return mock.server.requests[0]!;
}

describe("thread messages", () => {
  it("threadMessages(threadId) lists with the environment's config", async () => {
    process.env.OPENAI_API_KEY = TEST_KEY;
    process.env.OPENAI_BASE_URL = mock.server.url;
    try {
      expect(await threadMessages("thread_abc123")).toEqual(["ok", messageList, expect.anything()]);
    } finally {
      delete process.env.OPENAI_API_KEY;
      delete process.env.OPENAI_BASE_URL;
    }
    expect(seen()).toMatchObject({ method: "GET", path: "/threads/thread_abc123/messages", query: {}, bodySize: 0 });
    expect(seen().headers["openai-beta"]).toBe("assistants=v2");
  });

  it("threadMessages(threadId, params, config) sends the list params and run_id as the query", async () => {
    const [status] = await threadMessages("thread_abc123", { limit: 20, order: "asc", after: "msg_a", before: "msg_z", run_id: "run_abc123" }, mock.config());
    expect(status).toBe("ok");
    expect(seen()).toMatchObject({ query: { limit: "20", order: "asc", after: "msg_a", before: "msg_z", run_id: "run_abc123" } });
  });

  it("threadMessage(threadId, messageId) retrieves, percent-encoding both ids", async () => {
    expect(await threadMessage("thread_abc123", "msg_abc123", mock.config())).toEqual(["ok", message, expect.anything()]);
    expect(seen()).toMatchObject({ method: "GET", path: "/threads/thread_abc123/messages/msg_abc123" });
    mock.server.reset();
    await threadMessage("thread_a b", "msg_?x", mock.config());
    expect(seen().url).toBe("/v1/threads/thread_a%20b/messages/msg_%3Fx");
  });

  it("threadMessageCreate(threadId, params) posts the message", async () => {
    const params = {
      role: "user" as const,
      content: "Hello, what is AI?",
      attachments: [{ file_id: "file-abc123", tools: [{ type: "file_search" as const }] }],
      metadata: { key_1: "value 1" },
    };
    const [status, created] = await threadMessageCreate("thread_abc123", params, mock.config());
    expect(status).toBe("ok");
    expect(created).toEqual({
      ...message,
      id: "msg_abc789",
      created_at: 1699706818,
      file_ids: [],
      attachments: params.attachments,
      metadata: params.metadata,
      content: [{ type: "text", text: { value: "Hello, what is AI?", annotations: [] } }],
    });
    expect(seen()).toMatchObject({ method: "POST", path: "/threads/thread_abc123/messages", json: params });
    expect(seen().headers).toMatchObject({ "content-type": "application/json", "openai-beta": "assistants=v2" });
  });

  it("threadMessageModify(threadId, messageId, params) posts the metadata", async () => {
    const result = await threadMessageModify("thread_abc123", "msg_abc123", { metadata: { key_3: "value 3" } }, mock.config());
    expect(result).toEqual(["ok", { ...message, metadata: { key_3: "value 3" } }, expect.anything()]);
    expect(seen()).toMatchObject({ method: "POST", path: "/threads/thread_abc123/messages/msg_abc123", json: { metadata: { key_3: "value 3" } } });
  });

  it("threadMessageDelete(threadId, messageId) sends DELETE", async () => {
    const result = await threadMessageDelete("thread_abc123", "msg_abc123", mock.config());
    expect(result).toEqual(["ok", { id: "msg_abc123", object: "thread.message.deleted", deleted: true }, expect.anything()]);
    expect(seen()).toMatchObject({ method: "DELETE", path: "/threads/thread_abc123/messages/msg_abc123", bodySize: 0 });
    expect(seen().headers["openai-beta"]).toBe("assistants=v2");
  });

  it("an empty message id is an argument error and nothing is sent", async () => {
    const result = await threadMessage("thread_abc123", "", mock.config());
    expect(result).toEqual(["error", expect.objectContaining({ kind: "argument", argument: "messageId" })]);
    expect(mock.server.requests).toHaveLength(0);
  });
});

describe("thread message files (v1)", () => {
  it("threadMessageFiles(threadId, messageId) lists; with params the query is sent", async () => {
    expect(await threadMessageFiles("thread_abc123", "msg_abc123", undefined, mock.config())).toEqual(["ok", messageFileList, expect.anything()]);
    expect(seen()).toMatchObject({ method: "GET", path: "/threads/thread_abc123/messages/msg_abc123/files", query: {} });
    mock.server.reset();
    await threadMessageFiles("thread_abc123", "msg_abc123", { after: "file-a", before: "file-z", limit: 1, order: "desc" }, mock.config());
    expect(seen()).toMatchObject({ query: { after: "file-a", before: "file-z", limit: "1", order: "desc" } });
    expect(seen().headers["openai-beta"]).toBe("assistants=v2");
  });

  it("threadMessageFile(threadId, messageId, fileId) retrieves", async () => {
    expect(await threadMessageFile("thread_abc123", "msg_abc123", "file-abc123", mock.config())).toEqual(["ok", messageFile, expect.anything()]);
    expect(seen()).toMatchObject({ method: "GET", path: "/threads/thread_abc123/messages/msg_abc123/files/file-abc123" });
  });
});
