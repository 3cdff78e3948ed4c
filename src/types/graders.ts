/** Types of the fine-tuning grader endpoints (`/fine_tuning/alpha/graders`), named from the generated spec types. */
import type { Schemas } from "./schema";

/**
 * What `gradersRun` sends: a `grader`, the `model_sample` to grade, and the dataset `item?` it refers to.
 *
 * @example
 * const params: GraderRunParams = { grader: { type: "string_check", name: "exact", input: "{{sample.output_text}}", reference: "4", operation: "eq" }, model_sample: "4" };
 */
export type GraderRunParams = Omit<Schemas["RunGraderRequest"], "item"> & {
  /** The dataset row the grader's templates read (`{{item.…}}`); the spec's bare `object` generates `Record<string, never>`, so it is typed here. */
  item?: Record<string, unknown>;
};
/** The answer of `gradersRun`: the `reward`, per-grader metadata and sub-rewards. */
export type GraderRunResult = Schemas["RunGraderResponse"];
/** What `gradersValidate` sends: `{ grader }`. */
export type GraderValidateParams = Schemas["ValidateGraderRequest"];
/** The answer of `gradersValidate`: the grader as the server read it. */
export type GraderValidateResult = Schemas["ValidateGraderResponse"];
/** Any grader: string check, text similarity, python, score model or multi. */
export type Grader = GraderValidateParams["grader"];
