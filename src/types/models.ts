/** Models (GET /models). */

/** A model the API offers. */
export interface Model {
  id: string;
  object: "model";
  created: number;
  owned_by: string;
  /** Present on older models. */
  parent?: string | null;
  root?: string;
  permission?: unknown[];
}
