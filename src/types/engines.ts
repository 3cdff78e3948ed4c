/** Engines (GET /engines), retired by OpenAI in favour of models. */

/** An engine, as the retired endpoint described it. */
export interface Engine {
  id: string;
  object: "engine" | string;
  created: number | null;
  ready: boolean;
  owner?: string;
  [key: string]: unknown;
}
