/** Issue 15, part 2: the spec's new fine-tuning operations (job controls, checkpoint permissions, graders) and their functions. */
export const operations: Record<string, string> = {
  "POST /fine_tuning/jobs/{fine_tuning_job_id}/pause": "fineTuningJobsPause",
  "POST /fine_tuning/jobs/{fine_tuning_job_id}/resume": "fineTuningJobsResume",
  "GET /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions": "fineTuningCheckpointPermissions",
  "POST /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions": "fineTuningCheckpointPermissionsCreate",
  "DELETE /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions/{permission_id}": "fineTuningCheckpointPermissionsDelete",
  "POST /fine_tuning/alpha/graders/run": "gradersRun",
  "POST /fine_tuning/alpha/graders/validate": "gradersValidate",
};
