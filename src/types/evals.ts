/** Types of evals (`/evals`), their runs and run output items, named from the generated spec types. */
import type { Schemas, Query, Operations } from "./schema";

/**
 * An eval: a data source config and the testing criteria its runs are graded with.
 *
 * @example
 * const [status, evaluation] = await evals("eval_abc123");
 * if (status === "ok") console.log(evaluation.name, evaluation.testing_criteria.length);
 */
export type Eval = Schemas["Eval"];
/** A page of evals. */
export type EvalList = Schemas["EvalList"];
/** Query of `evals(params)`: `after`, `limit`, `order`, `order_by`. */
export type EvalListParams = Query<"listEvals">;
/** What `evalsCreate` sends: `data_source_config`, `testing_criteria`, `name?`, `metadata?`. */
export type EvalCreateParams = Schemas["CreateEvalRequest"];
/** What `evalsModify` sends: `name?`, `metadata?`. */
export type EvalModifyParams = Operations["updateEval"]["requestBody"]["content"]["application/json"];
/** The answer of `evalsDelete`. */
export type EvalDeleted = Operations["deleteEval"]["responses"][200]["content"]["application/json"];

/** A run of an eval over a data source. */
export type EvalRun = Schemas["EvalRun"];
/** A page of runs of an eval. */
export type EvalRunList = Schemas["EvalRunList"];
/** Query of `evalRuns(evalId, params)`: `after`, `limit`, `order`, `status`. */
export type EvalRunListParams = Query<"getEvalRuns">;
/** What `evalRunCreate` sends: `data_source`, `name?`, `metadata?`. */
export type EvalRunCreateParams = Schemas["CreateEvalRunRequest"];
/** The answer of `evalRunDelete`. */
export type EvalRunDeleted = Operations["deleteEvalRun"]["responses"][200]["content"]["application/json"];

/** One graded sample of a run. */
export type EvalRunOutputItem = Schemas["EvalRunOutputItem"];
/** A page of output items of a run. */
export type EvalRunOutputItemList = Schemas["EvalRunOutputItemList"];
/** Query of `evalRunOutputItems(evalId, runId, params)`: `after`, `limit`, `order`, `status`. */
export type EvalRunOutputItemListParams = Query<"getEvalRunOutputItems">;
