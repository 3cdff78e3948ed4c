// Public functions of this resource, re-exported by src/index.ts.
export { fineTuningJobs } from "./fineTuningJobs";
export { fineTuningJobsCreate } from "./fineTuningJobsCreate";
export { fineTuningJobsCancel } from "./fineTuningJobsCancel";
export { fineTuningJobsEvents } from "./fineTuningJobsEvents";
export { fineTuningJobsCheckpoints } from "./fineTuningJobsCheckpoints";
