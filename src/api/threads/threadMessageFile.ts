import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ThreadMessageFile } from "../../types/threads";
import { request } from "../../_internal/request";

/**
 * Retrieves one file attached to a message (assistants v1).
 *
 * @param threadId The thread.
 * @param messageId The message.
 * @param fileId The attached file.
 * @param config Per-call config, merged over the defaults (`OpenAI-Beta: assistants=v2` unless `beta` is set).
 * @returns `["ok", { id, object: "thread.message.file", created_at, message_id }, meta]`.
 * @example
 * const [status, file] = await threadMessageFile("thread_abc123", "msg_abc123", "file-abc123");
 * @see https://platform.openai.com/docs/api-reference/messages/getMessageFile
 * @deprecated Assistants v1 endpoint, retired by OpenAI (it still works against a server that has it).
 *   In v2, read `attachments` of the message (`threadMessage`). The whole Assistants API is deprecated in favour of
 *   `responsesCreate` and the Conversations functions.
 */
export function threadMessageFile(threadId: string, messageId: string, fileId: string, config?: Config): Promise<Result<ThreadMessageFile>> {
  return request({
    method: "GET",
    path: "/threads/{threadId}/messages/{messageId}/files/{fileId}",
    ids: { threadId, messageId, fileId },
    send: "none",
    config,
    beta: "assistants",
  });
}
