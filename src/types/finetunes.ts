/** Legacy fine-tunes (/fine-tunes), retired by OpenAI in favour of fine-tuning jobs. */
import type { OpenAIFile } from "./files";

/** Params of `finetunesCreate`. */
export interface FineTuneCreateParams {
  /** The id of an uploaded JSONL file with `purpose: "fine-tune"`. */
  training_file: string;
  validation_file?: string | null;
  /** `ada`, `babbage`, `curie` or `davinci` (default `curie`), or a fine-tuned model. */
  model?: string | null;
  n_epochs?: number | null;
  batch_size?: number | null;
  learning_rate_multiplier?: number | null;
  prompt_loss_weight?: number | null;
  compute_classification_metrics?: boolean | null;
  classification_n_classes?: number | null;
  classification_positive_class?: string | null;
  classification_betas?: number[] | null;
  hyperparameters?: { n_epochs?: "auto" | number };
  suffix?: string | null;
}

/** A status update of a fine-tune. */
export interface FineTuneEvent {
  object: "fine-tune-event";
  created_at: number;
  level: string;
  message: string;
}

/** A legacy fine-tune job. */
export interface FineTune {
  id: string;
  object: "fine-tune";
  created_at: number;
  updated_at: number;
  model: string;
  fine_tuned_model: string | null;
  organization_id: string;
  status: string;
  hyperparams: {
    batch_size: number | null;
    learning_rate_multiplier: number | null;
    n_epochs: number;
    prompt_loss_weight: number;
    [key: string]: unknown;
  };
  training_files: OpenAIFile[];
  validation_files: OpenAIFile[];
  result_files: OpenAIFile[];
  events?: FineTuneEvent[];
}
