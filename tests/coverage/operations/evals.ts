/** Issue 15, part 2: the spec's eval operations and the functions that cover them ("METHOD /path" as in fixtures/openapi/latest.yaml). */
export const operations: Record<string, string> = {
  "GET /evals": "evals",
  "POST /evals": "evalsCreate",
  "GET /evals/{eval_id}": "evals",
  "POST /evals/{eval_id}": "evalsModify",
  "DELETE /evals/{eval_id}": "evalsDelete",
  "GET /evals/{eval_id}/runs": "evalRuns",
  "POST /evals/{eval_id}/runs": "evalRunCreate",
  "GET /evals/{eval_id}/runs/{run_id}": "evalRun",
  "POST /evals/{eval_id}/runs/{run_id}": "evalRunCancel",
  "DELETE /evals/{eval_id}/runs/{run_id}": "evalRunDelete",
  "GET /evals/{eval_id}/runs/{run_id}/output_items": "evalRunOutputItems",
  "GET /evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}": "evalRunOutputItem",
};
