/** Fine-tuning jobs (`/fine_tuning/jobs`), field names as on the wire. Overlay: none. */
import type { Query, Schemas } from "./schema";

/** Hyperparameters of a fine-tuning job; `"auto"` lets OpenAI choose. */
export type FineTuningHyperparameters = Schemas["FineTuningJob"]["hyperparameters"];

/** The method used for fine-tuning: supervised, DPO or reinforcement. */
export type FineTuningMethod = Schemas["FineTuneMethod"];

/** A Weights & Biases integration of a fine-tuning job. */
export type FineTuningIntegration = Schemas["FineTuningIntegration"];

/**
 * A fine-tuning job.
 *
 * @example
 * const [status, job] = await fineTuningJobs("ftjob-abc123");
 * if (status === "ok") console.log(job.status, job.fine_tuned_model);
 */
export type FineTuningJob = Schemas["FineTuningJob"];

/**
 * What `fineTuningJobsCreate` sends.
 *
 * @example
 * await fineTuningJobsCreate({ model: "gpt-4o-mini-2024-07-18", training_file: "file-abc123" });
 */
export type FineTuningJobCreateParams = Schemas["CreateFineTuningJobRequest"];

/**
 * Query of `fineTuningJobs(params)`, `fineTuningJobsEvents` and `fineTuningJobsCheckpoints`.
 *
 * @example
 * await fineTuningJobs({ limit: 5 });
 */
export type FineTuningListParams = Query<"listPaginatedFineTuningJobs">;

/** An event of a fine-tuning job (a log line or metrics). */
export type FineTuningJobEvent = Schemas["FineTuningJobEvent"];

/** A model checkpoint saved during a fine-tuning job. */
export type FineTuningJobCheckpoint = Schemas["FineTuningJobCheckpoint"];

/** A page of fine-tuning jobs. */
export type FineTuningJobList = Schemas["ListPaginatedFineTuningJobsResponse"];
/** A page of fine-tuning job events. */
export type FineTuningJobEventList = Schemas["ListFineTuningJobEventsResponse"];
/** A page of fine-tuning job checkpoints. */
export type FineTuningJobCheckpointList = Schemas["ListFineTuningJobCheckpointsResponse"];
