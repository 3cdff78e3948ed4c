/** Types of fine-tuning jobs (`/fine_tuning/jobs`), field names as on the wire. */
import type { ListPage, Metadata } from "./common";

/** Hyperparameters of a fine-tuning job; `"auto"` lets OpenAI choose. */
export interface FineTuningHyperparameters {
  batch_size?: "auto" | number;
  learning_rate_multiplier?: "auto" | number;
  n_epochs?: "auto" | number;
}

/** The method used for fine-tuning: supervised, DPO or reinforcement. */
export interface FineTuningMethod {
  type: "supervised" | "dpo" | "reinforcement";
  supervised?: { hyperparameters?: FineTuningHyperparameters };
  dpo?: { hyperparameters?: FineTuningHyperparameters & { beta?: "auto" | number } };
  reinforcement?: { grader: Record<string, unknown>; hyperparameters?: Record<string, unknown> };
}

/** A Weights & Biases integration of a fine-tuning job. */
export interface FineTuningIntegration {
  type: "wandb";
  wandb: { project: string; name?: string | null; entity?: string | null; tags?: string[] };
}

/**
 * A fine-tuning job.
 *
 * @example
 * const [status, job] = await fineTuningJobs("ftjob-abc123");
 * if (status === "ok") console.log(job.status, job.fine_tuned_model);
 */
export interface FineTuningJob {
  id: string;
  object: "fine_tuning.job";
  created_at: number;
  error: { code: string; message: string; param: string | null } | null;
  fine_tuned_model: string | null;
  finished_at: number | null;
  hyperparameters: FineTuningHyperparameters;
  model: string;
  organization_id: string;
  result_files: string[];
  status: "validating_files" | "queued" | "running" | "succeeded" | "failed" | "cancelled";
  trained_tokens: number | null;
  training_file: string;
  validation_file: string | null;
  integrations?: FineTuningIntegration[] | null;
  seed: number;
  estimated_finish?: number | null;
  method?: FineTuningMethod;
  metadata?: Metadata | null;
}

/** What `fineTuningJobsCreate` sends. */
export interface FineTuningJobCreateParams {
  /** The base model, e.g. `gpt-4o-mini-2024-07-18`. */
  model: string;
  /** The id of an uploaded JSONL file with purpose `fine-tune`. */
  training_file: string;
  /** @deprecated Use `method` instead. */
  hyperparameters?: FineTuningHyperparameters;
  suffix?: string | null;
  validation_file?: string | null;
  integrations?: FineTuningIntegration[] | null;
  seed?: number | null;
  method?: FineTuningMethod;
  metadata?: Metadata | null;
}

/** Query of `fineTuningJobs(params)`, `fineTuningJobsEvents` and `fineTuningJobsCheckpoints`. */
export interface FineTuningListParams {
  /** Cursor: the id of the last item of the previous page. */
  after?: string;
  /** Items per page (default 20). */
  limit?: number;
}

/** An event of a fine-tuning job (a log line or metrics). */
export interface FineTuningJobEvent {
  id: string;
  object: "fine_tuning.job.event";
  created_at: number;
  level: "info" | "warn" | "error";
  message: string;
  type?: "message" | "metrics";
  data?: Record<string, unknown>;
}

/** A model checkpoint saved during a fine-tuning job. */
export interface FineTuningJobCheckpoint {
  id: string;
  object: "fine_tuning.job.checkpoint";
  created_at: number;
  fine_tuned_model_checkpoint: string;
  fine_tuning_job_id: string;
  step_number: number;
  metrics: Record<string, number>;
}

/** A page of fine-tuning jobs. */
export type FineTuningJobList = ListPage<FineTuningJob>;
/** A page of fine-tuning job events. */
export type FineTuningJobEventList = ListPage<FineTuningJobEvent>;
/** A page of fine-tuning job checkpoints. */
export type FineTuningJobCheckpointList = ListPage<FineTuningJobCheckpoint>;
