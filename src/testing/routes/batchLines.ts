/**
 * The request lines of a mock batch made from an uploaded file: checked when the batch is
 * created (what fails the whole batch, how each line will end), and turned into the output and
 * error files once the lines have run.
 */
import { fakeAnswer } from "./batchAnswers";
import type { MockBatchRun, MockLineOutcome } from "./state";
import { isMissingModel } from "./util";

type Problem = MockBatchRun["invalid"][number];
interface Line {
  custom_id?: unknown;
  method?: unknown;
  url?: unknown;
  body?: unknown;
}

const MAX_PROBLEMS = 10;

/** Calls `visit` for each non-empty line of `data` (its text, decoded only when asked) with its 1-based line number. */
function eachLine(data: Uint8Array, visit: (text: () => string, lineNumber: number) => void): void {
  const decoder = new TextDecoder();
  let start = 0;
  let lineNumber = 0;
  while (start < data.length) {
    let end = data.indexOf(10, start);
    if (end === -1) end = data.length;
    lineNumber++;
    const from = start;
    const blank = end === from || (end === from + 1 && data[from] === 13);
    if (!blank) visit(() => decoder.decode(data.subarray(from, end)), lineNumber);
    start = end + 1;
  }
}

/**
 * Reads an uploaded input file for a batch on `endpoint`: a line that is not JSON, lacks a unique
 * `custom_id`, is not a POST to `endpoint`, or whose model contains `batch-fails` fails the batch.
 * A model that does not exist (see `isMissingModel`) makes its line fail; one containing
 * `batch-expires` makes the batch expire before the line runs.
 */
export function readBatchInput(data: Uint8Array | undefined, endpoint: string, ticks: number): MockBatchRun {
  const run: MockBatchRun = { ticks, tick: 0, customIds: [], outcomes: [], done: 0, invalid: [] };
  const problem = (item: Problem) => run.invalid.length < MAX_PROBLEMS && run.invalid.push(item);
  if (!data) {
    problem({ code: "mock_file_not_kept", message: "The mock server did not keep this upload's bytes: raise maxRecordedBody.", param: null, line: null });
    return run;
  }
  const seen = new Set<string>();
  eachLine(data, (text, line) => {
    let parsed: Line;
    try {
      parsed = JSON.parse(text()) as Line;
    } catch {
      problem({ code: "invalid_json_line", message: `Line ${line} is not valid JSON.`, param: null, line });
      return;
    }
    const id = parsed.custom_id;
    if (typeof id !== "string" || seen.has(id)) {
      problem({ code: "duplicate_custom_id", message: `Line ${line}: custom_id must be a string unique in the file.`, param: "custom_id", line });
      return;
    }
    seen.add(id);
    if (parsed.method !== "POST" || parsed.url !== endpoint) {
      problem({ code: "mismatched_endpoint", message: `Line ${line}: expected POST ${endpoint}.`, param: "url", line });
    }
    const model = String((parsed.body as { model?: unknown } | undefined)?.model ?? "");
    if (model.includes("batch-fails"))
      problem({ code: "mock_batch_fails", message: `Line ${line}: model ${model} fails the batch.`, param: "body.model", line });
    const outcome: MockLineOutcome = model.includes("batch-expires") ? "expire" : isMissingModel(model) ? "fail" : "ok";
    run.customIds.push(id);
    run.outcomes.push(outcome);
  });
  if (run.customIds.length === 0 && run.invalid.length === 0)
    problem({ code: "empty_file", message: "The input file has no requests.", param: null, line: null });
  return run;
}

/** `request_counts` after `run.done` lines (expired lines count as failed once the batch has ended). */
export function countsOf(run: MockBatchRun, ended: boolean): { total: number; completed: number; failed: number } {
  let completed = 0;
  let failed = 0;
  for (let index = 0; index < run.done; index++) {
    const outcome = run.outcomes[index];
    if (outcome === "ok") completed++;
    else if (outcome === "fail" || ended) failed++;
  }
  return { total: run.customIds.length, completed, failed };
}

/**
 * The JSONL of a batch's output (`role` "output": answered lines) or error file ("error": failed
 * lines, and, when `expired`, the lines that never ran), for the first `run.done` lines.
 */
export function batchFileContent(
  data: Uint8Array,
  endpoint: string,
  batchId: string,
  run: MockBatchRun,
  role: "output" | "error",
  expired: boolean,
): Uint8Array {
  const parts: string[] = [];
  let index = 0;
  eachLine(data, (text) => {
    const position = index++;
    if (position >= run.done) return;
    const outcome = run.outcomes[position];
    const wanted = role === "output" ? outcome === "ok" : outcome === "fail" || (outcome === "expire" && expired);
    if (!wanted) return;
    const line = JSON.parse(text()) as Line;
    const requestId = `req_${batchId}_${position + 1}`;
    const base = { id: `batch_req_${batchId}_${position + 1}`, custom_id: line.custom_id };
    if (role === "output" && outcome === "ok") {
      const body = fakeAnswer(endpoint, (line.body ?? {}) as Record<string, unknown>, requestId);
      parts.push(JSON.stringify({ ...base, response: { status_code: 200, request_id: requestId, body }, error: null }));
    } else if (role === "error" && outcome === "fail") {
      const model = String((line.body as { model?: unknown } | undefined)?.model ?? "");
      const error = {
        message: `The model \`${model}\` does not exist or you do not have access to it.`,
        type: "invalid_request_error",
        param: null,
        code: "model_not_found",
      };
      parts.push(JSON.stringify({ ...base, response: { status_code: 404, request_id: requestId, body: { error } }, error: null }));
    } else if (role === "error" && outcome === "expire" && expired) {
      parts.push(
        JSON.stringify({
          ...base,
          response: null,
          error: { code: "batch_expired", message: "This request could not be executed before the completion window expired." },
        }),
      );
    }
  });
  return new TextEncoder().encode(parts.length ? `${parts.join("\n")}\n` : "");
}
