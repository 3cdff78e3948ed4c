/** Default replies of the assistants routes (v2, plus the v1 assistant files), from the seed examples. */
import assistant from "../../../fixtures/assistant_object.json";
import assistantList from "../../../fixtures/assistant_list.json";
import assistantFile from "../../../fixtures/assistant_file.json";
import assistantFileList from "../../../fixtures/assistant_file_list.json";
import type { MockHandler, MockReply, RecordedRequest } from "../types";
import { errorReply, withFields } from "./util";

/** OpenAI's 404 for an id of the wrong kind, or `undefined` when the id looks right. */
function unknownAssistant(request: RecordedRequest): MockReply | undefined {
  const id = request.params.assistant_id ?? "";
  return id.startsWith("asst_") ? undefined : errorReply(404, `No assistant found with id '${id}'.`);
}

/** The body's fields, when it is a JSON object. */
function bodyFields(request: RecordedRequest): Record<string, unknown> {
  const json = request.json;
  return typeof json === "object" && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
}

export const assistantsRoutes: Record<string, MockHandler> = {
  "GET /assistants": { body: assistantList },
  "POST /assistants": (request) =>
    withFields(assistant, { created_at: 1699640038, name: null, instructions: null, tools: [], metadata: {}, ...bodyFields(request) }),
  "GET /assistants/:assistant_id": (request) => unknownAssistant(request) ?? withFields(assistant, { id: request.params.assistant_id }),
  "POST /assistants/:assistant_id": (request) =>
    unknownAssistant(request) ?? withFields(assistant, { ...bodyFields(request), id: request.params.assistant_id }),
  "DELETE /assistants/:assistant_id": (request) =>
    unknownAssistant(request) ?? { body: { id: request.params.assistant_id, object: "assistant.deleted", deleted: true } },
  "GET /assistants/:assistant_id/files": (request) =>
    unknownAssistant(request) ?? {
      body: { ...assistantFileList, data: assistantFileList.data.map((file) => ({ ...file, assistant_id: request.params.assistant_id })) },
    },
  "POST /assistants/:assistant_id/files": (request) =>
    unknownAssistant(request) ?? withFields(assistantFile, { id: bodyFields(request).file_id, assistant_id: request.params.assistant_id }),
  "GET /assistants/:assistant_id/files/:file_id": (request) =>
    unknownAssistant(request) ?? withFields(assistantFile, { id: request.params.file_id, assistant_id: request.params.assistant_id }),
  "DELETE /assistants/:assistant_id/files/:file_id": (request) =>
    unknownAssistant(request) ?? { body: { id: request.params.file_id, object: "assistant.file.deleted", deleted: true } },
};
