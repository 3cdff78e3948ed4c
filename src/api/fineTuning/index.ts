// Public functions of this resource, re-exported by src/index.ts.
export { fineTuningJobs } from "./fineTuningJobs";
export { fineTuningJobsCreate } from "./fineTuningJobsCreate";
export { fineTuningJobsCancel } from "./fineTuningJobsCancel";
export { fineTuningJobsEvents } from "./fineTuningJobsEvents";
export { fineTuningJobsCheckpoints } from "./fineTuningJobsCheckpoints";
export { fineTuningJobsPause } from "./fineTuningJobsPause";
export { fineTuningJobsResume } from "./fineTuningJobsResume";
export { fineTuningCheckpointPermissions } from "./fineTuningCheckpointPermissions";
export { fineTuningCheckpointPermissionsCreate } from "./fineTuningCheckpointPermissionsCreate";
export { fineTuningCheckpointPermissionsDelete } from "./fineTuningCheckpointPermissionsDelete";
