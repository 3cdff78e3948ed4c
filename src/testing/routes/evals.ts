/**
 * Evals, their runs and output items: stateless answers built from the fixtures, with the ids of
 * the path and the fields of the body echoed back.
 */
import evalFixture from "../../../fixtures/evals_eval.json";
import runFixture from "../../../fixtures/evals_run.json";
import outputItemFixture from "../../../fixtures/evals_output_item.json";
import type { MockHandler, RecordedRequest } from "../types";
import { mockId, pageOf } from "./fineTuning";
import { withFields } from "./util";

const now = (): number => Math.floor(Date.now() / 1000);
const body = (request: RecordedRequest): Record<string, unknown> => (request.json ?? {}) as Record<string, unknown>;

const evalList = ["eval_6a1f0c2d9b7e4f3a", "eval_0e4b7d2a9c1f5b38", "eval_9c5a3e7f1b0d2e46"].map((id) => ({ ...evalFixture, id }));
const runsOf = (evalId: string) => ["evalrun_7c3e91b0d24f4a18", "evalrun_1a6f2c8e0b9d3f57"].map((id) => ({ ...runFixture, id, eval_id: evalId }));
const itemsOf = (evalId: string, runId: string) =>
  ["outputitem_2b8d5f10e9c34a67", "outputitem_5e0c9a3b7f1d2c84"].map((id) => ({ ...outputItemFixture, id, eval_id: evalId, run_id: runId }));

export const evalsRoutes: Record<string, MockHandler> = {
  "GET /evals": (request) => pageOf(evalList, request),
  "POST /evals": (request) => {
    const { name, data_source_config, testing_criteria, metadata } = body(request);
    return withFields(evalFixture, {
      id: mockId("eval_"),
      name: name ?? "",
      data_source_config,
      testing_criteria,
      metadata: metadata ?? {},
      created_at: now(),
    });
  },
  "GET /evals/:eval": (request) => withFields(evalFixture, { id: request.params.eval }),
  "POST /evals/:eval": (request) => withFields(evalFixture, { ...body(request), id: request.params.eval }),
  "DELETE /evals/:eval": (request) => ({ body: { object: "eval.deleted", deleted: true, eval_id: request.params.eval } }),
  "GET /evals/:eval/runs": (request) => pageOf(runsOf(request.params.eval ?? ""), request),
  "POST /evals/:eval/runs": (request) => {
    const { name, data_source, metadata } = body(request);
    const fields = { id: mockId("evalrun_"), eval_id: request.params.eval, status: "queued", data_source, metadata: metadata ?? {}, created_at: now() };
    return withFields(runFixture, {
      ...fields,
      name: name ?? "",
      result_counts: { total: 0, errored: 0, failed: 0, passed: 0 },
      per_model_usage: [],
      per_testing_criteria_results: [],
    });
  },
  "GET /evals/:eval/runs/:run": (request) => withFields(runFixture, { id: request.params.run, eval_id: request.params.eval }),
  "POST /evals/:eval/runs/:run": (request) => withFields(runFixture, { id: request.params.run, eval_id: request.params.eval, status: "canceled" }),
  "DELETE /evals/:eval/runs/:run": (request) => ({ body: { object: "eval.run.deleted", deleted: true, run_id: request.params.run } }),
  "GET /evals/:eval/runs/:run/output_items": (request) => pageOf(itemsOf(request.params.eval ?? "", request.params.run ?? ""), request),
  "GET /evals/:eval/runs/:run/output_items/:item": (request) =>
    withFields(outputItemFixture, { id: request.params.item, eval_id: request.params.eval, run_id: request.params.run }),
};
