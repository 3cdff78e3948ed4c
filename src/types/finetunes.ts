/**
 * Legacy fine-tunes (/fine-tunes), retired by OpenAI in favour of fine-tuning jobs: types from the
 * 2023-12 spec. Overlay: the top-level `n_epochs` of the 2023-06 spec is kept beside
 * `hyperparameters.n_epochs`, since openai.ex sends it there.
 */
import type { Flat, Schemas2023, SchemasEngines } from "./schema";

/**
 * Params of `finetunesCreate`.
 *
 * @example
 * await finetunesCreate({ training_file: "file-abc123", model: "curie" });
 */
export type FineTuneCreateParams = Flat<Schemas2023["CreateFineTuneRequest"] & Pick<SchemasEngines["CreateFineTuneRequest"], "n_epochs">>;

/** A status update of a fine-tune. */
export type FineTuneEvent = Schemas2023["FineTuneEvent"];

/** A legacy fine-tune job. */
export type FineTune = Schemas2023["FineTune"];
