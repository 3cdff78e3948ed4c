/**
 * `GET /files/:file_id/content`: the bytes of a kept file (a batch input, or a batch's output or
 * error file, built from its input lines), JSONL results for a short-form batch's output file, a
 * small JSONL for any other id.
 */
import chatCompletion from "../../../fixtures/chat_completion.json";
import type { MockHandler } from "../types";
import { BATCH_OUTPUT_PREFIX, MOCK_BATCH_SIZE, storedFileContent } from "./batches";
import type { MockState } from "./state";

function batchOutput(batchId: string): string {
  const lines: string[] = [];
  for (let index = 1; index <= MOCK_BATCH_SIZE; index++) {
    const body = { ...chatCompletion, id: `chatcmpl-${batchId}-${index}`, model: "gpt-4o-mini" };
    const response = { status_code: 200, request_id: `req_${batchId}_${index}`, body };
    lines.push(JSON.stringify({ id: `batch_req_${batchId}_${index}`, custom_id: `request-${index}`, response, error: null }));
  }
  return `${lines.join("\n")}\n`;
}

/** A fine-tuning training file, as any other file id's content. */
const SAMPLE =
  [
    {
      messages: [
        { role: "user", content: "What is the capital of France?" },
        { role: "assistant", content: "Paris." },
      ],
    },
    {
      messages: [
        { role: "user", content: "What is 2 + 2?" },
        { role: "assistant", content: "4." },
      ],
    },
  ]
    .map((line) => JSON.stringify(line))
    .join("\n") + "\n";

/** The file content route of one server. */
export function fileContentRoutes(state: MockState): Record<string, MockHandler> {
  return {
    "GET /files/:file_id/content": (request) => {
      const id = request.params.file_id ?? "";
      const stored = storedFileContent(state, id);
      const body = stored ?? new TextEncoder().encode(id.startsWith(BATCH_OUTPUT_PREFIX) ? batchOutput(id.slice(BATCH_OUTPUT_PREFIX.length)) : SAMPLE);
      return { headers: { "content-type": "application/octet-stream" }, body };
    },
  };
}
