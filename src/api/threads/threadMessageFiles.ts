import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ListPage, ListParams } from "../../types/common";
import type { ThreadMessageFile } from "../../types/threads";
import { request } from "../../_internal/request";

/**
 * Lists the files attached to a message (assistants v1).
 *
 * @param threadId The thread.
 * @param messageId The message.
 * @param params Query: `limit`, `order`, `after`, `before`.
 * @param config Per-call config, merged over the defaults (`OpenAI-Beta: assistants=v2` unless `beta` is set).
 * @returns `["ok", { object: "list", data: ThreadMessageFile[], first_id, last_id, has_more }, meta]`.
 * @example
 * const [status, page] = await threadMessageFiles("thread_abc123", "msg_abc123", { after: "file-abc123" });
 * @see https://platform.openai.com/docs/api-reference/messages/listMessageFiles
 * @deprecated Assistants v1 endpoint, retired by OpenAI (it still works against a server that has it).
 *   In v2, read `attachments` of the message (`threadMessage`). The whole Assistants API is deprecated in favour of
 *   `responsesCreate` and the Conversations functions.
 */
export function threadMessageFiles(
  threadId: string,
  messageId: string,
  params?: ListParams | Config,
  config?: Config,
): Promise<Result<ListPage<ThreadMessageFile>>> {
  return request({
    method: "GET",
    path: "/threads/{threadId}/messages/{messageId}/files",
    ids: { threadId, messageId },
    params,
    paramsOptional: true,
    config,
    beta: "assistants",
  });
}
