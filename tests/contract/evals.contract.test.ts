import {
  evalRun,
  evalRunCancel,
  evalRunCreate,
  evalRunDelete,
  evalRunOutputItem,
  evalRunOutputItems,
  evalRuns,
  evals,
  evalsCreate,
  evalsDelete,
  evalsModify,
} from "../../src/index";
import type { EvalCreateParams } from "../../src/index";
import { contractTable } from "./harness";

const latest = ["latest" as const];
const create: EvalCreateParams = {
  name: "Ticket triage",
  data_source_config: {
    type: "custom",
    item_schema: { type: "object", properties: { ticket: { type: "string" }, label: { type: "string" } } },
    include_sample_schema: true,
  },
  testing_criteria: [{ type: "string_check", name: "label matches", input: "{{sample.output_text}}", reference: "{{item.label}}", operation: "eq" }],
  metadata: { team: "support" },
};

contractTable("issue 15, part 2: evals", [
  { name: "evals()", specs: latest, call: (config) => evals({}, config) },
  { name: "evals(params)", specs: latest, call: (config) => evals({ after: "eval_abc123", limit: 5, order: "desc", order_by: "updated_at" }, config) },
  { name: "evals(evalId)", specs: latest, call: (config) => evals("eval_abc123", config) },
  { name: "evalsCreate(params)", specs: latest, call: (config) => evalsCreate(create, config) },
  {
    name: "evalsModify(evalId, params)",
    specs: latest,
    call: (config) => evalsModify("eval_abc123", { name: "Ticket triage v2", metadata: { team: "ops" } }, config),
  },
  { name: "evalsDelete(evalId)", specs: latest, call: (config) => evalsDelete("eval_abc123", config) },
  { name: "evalRuns(evalId)", specs: latest, call: (config) => evalRuns("eval_abc123", {}, config) },
  {
    name: "evalRuns(evalId, params)",
    specs: latest,
    call: (config) => evalRuns("eval_abc123", { after: "evalrun_abc", limit: 5, order: "desc", status: "completed" }, config),
  },
  { name: "evalRun(evalId, runId)", specs: latest, call: (config) => evalRun("eval_abc123", "evalrun_abc123", config) },
  {
    name: "evalRunCreate(evalId, params)",
    specs: latest,
    call: (config) =>
      evalRunCreate("eval_abc123", { name: "baseline", data_source: { type: "jsonl", source: { type: "file_id", id: "file-abc123" } } }, config),
  },
  { name: "evalRunCancel(evalId, runId)", specs: latest, call: (config) => evalRunCancel("eval_abc123", "evalrun_abc123", config) },
  { name: "evalRunDelete(evalId, runId)", specs: latest, call: (config) => evalRunDelete("eval_abc123", "evalrun_abc123", config) },
  { name: "evalRunOutputItems(evalId, runId)", specs: latest, call: (config) => evalRunOutputItems("eval_abc123", "evalrun_abc123", {}, config) },
  {
    name: "evalRunOutputItems(evalId, runId, params)",
    specs: latest,
    call: (config) => evalRunOutputItems("eval_abc123", "evalrun_abc123", { after: "outputitem_abc", limit: 5, status: "fail", order: "desc" }, config),
  },
  {
    name: "evalRunOutputItem(evalId, runId, outputItemId)",
    specs: latest,
    call: (config) => evalRunOutputItem("eval_abc123", "evalrun_abc123", "outputitem_abc123", config),
  },
  {
    name: "evalsCreate without testing_criteria → 422",
    specs: latest,
    expect: 422,
    call: (config) => evalsCreate({ data_source_config: create.data_source_config } as never, config),
  },
  // The update body has no required field: a name of the wrong type is its negative row.
  { name: "evalsModify with a numeric name → 422", specs: latest, expect: 422, call: (config) => evalsModify("eval_abc123", { name: 7 } as never, config) },
  // createEvalRun declares a 400 response, which Prism uses for a failed validation.
  {
    name: "evalRunCreate without data_source → 400",
    specs: latest,
    expect: 400,
    call: (config) => evalRunCreate("eval_abc123", { name: "baseline" } as never, config),
  },
]);
