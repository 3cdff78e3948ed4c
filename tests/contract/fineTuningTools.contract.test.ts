import {
  fineTuningCheckpointPermissions,
  fineTuningCheckpointPermissionsCreate,
  fineTuningCheckpointPermissionsDelete,
  fineTuningJobsPause,
  fineTuningJobsResume,
  gradersRun,
  gradersValidate,
} from "../../src/index";
import type { Grader } from "../../src/index";
import { contractTable } from "./harness";

const latest = ["latest" as const];
const checkpoint = "ft:gpt-4o-mini-2024-07-18:acme:support:A1b2C3d4";
const grader: Grader = { type: "string_check", name: "exact answer", input: "{{sample.output_text}}", reference: "{{item.answer}}", operation: "eq" };

contractTable("issue 15, part 2: fine-tuning job controls, checkpoint permissions, graders", [
  { name: "fineTuningJobsPause(jobId)", specs: latest, call: (config) => fineTuningJobsPause("ftjob-abc123", config) },
  { name: "fineTuningJobsResume(jobId)", specs: latest, call: (config) => fineTuningJobsResume("ftjob-abc123", config) },
  { name: "fineTuningCheckpointPermissions(checkpoint)", specs: latest, call: (config) => fineTuningCheckpointPermissions(checkpoint, {}, config) },
  {
    name: "fineTuningCheckpointPermissions(checkpoint, params)",
    specs: latest,
    call: (config) => fineTuningCheckpointPermissions(checkpoint, { project_id: "proj_abc123", after: "cp_abc", limit: 5, order: "ascending" }, config),
  },
  {
    name: "fineTuningCheckpointPermissionsCreate(checkpoint, params)",
    specs: latest,
    call: (config) => fineTuningCheckpointPermissionsCreate(checkpoint, { project_ids: ["proj_abc123"] }, config),
  },
  {
    name: "fineTuningCheckpointPermissionsDelete(checkpoint, permissionId)",
    specs: latest,
    call: (config) => fineTuningCheckpointPermissionsDelete(checkpoint, "cp_abc123", config),
  },
  { name: "gradersRun(params)", specs: latest, call: (config) => gradersRun({ grader, model_sample: "42", item: { answer: "42" } }, config) },
  { name: "gradersValidate(params)", specs: latest, call: (config) => gradersValidate({ grader }, config) },
  {
    name: "fineTuningCheckpointPermissionsCreate without project_ids → 422",
    specs: latest,
    expect: 422,
    call: (config) => fineTuningCheckpointPermissionsCreate(checkpoint, {} as never, config),
  },
  { name: "gradersRun without model_sample → 422", specs: latest, expect: 422, call: (config) => gradersRun({ grader } as never, config) },
  { name: "gradersValidate without grader → 422", specs: latest, expect: 422, call: (config) => gradersValidate({} as never, config) },
]);
