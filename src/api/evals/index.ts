// Public functions of this resource, re-exported by src/index.ts.
export { evals } from "./evals";
export { evalsCreate } from "./evalsCreate";
export { evalsModify } from "./evalsModify";
export { evalsDelete } from "./evalsDelete";
export { evalRuns } from "./evalRuns";
export { evalRun } from "./evalRun";
export { evalRunCreate } from "./evalRunCreate";
export { evalRunCancel } from "./evalRunCancel";
export { evalRunDelete } from "./evalRunDelete";
export { evalRunOutputItems } from "./evalRunOutputItems";
export { evalRunOutputItem } from "./evalRunOutputItem";
