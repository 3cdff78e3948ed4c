/** Shapes shared by many endpoints. */

/**
 * A page of a list endpoint, as on the wire.
 *
 * @example
 * const [status, page] = await models();
 * if (status === "ok") for (const model of page.data) console.log(model.id);
 */
export interface ListPage<T> {
  object: "list";
  data: T[];
  first_id?: string | null;
  last_id?: string | null;
  has_more?: boolean;
}

/** Query parameters of cursor-paginated list endpoints. */
export interface ListParams {
  /** How many items per page (1-100, default 20). */
  limit?: number;
  /** Sort by `created_at`. */
  order?: "asc" | "desc";
  /** Cursor: the id after which to start. */
  after?: string;
  /** Cursor: the id before which to end. */
  before?: string;
}

/** The body of a successful DELETE. */
export interface DeletedObject {
  id: string;
  object: string;
  deleted: boolean;
}

/** Up to 16 string pairs attached to an object. */
export type Metadata = Record<string, string>;

/**
 * How hard a reasoning model thinks before answering (`reasoning_effort`, `reasoning.effort`).
 * Less effort answers faster and spends fewer reasoning tokens; not every model accepts every value.
 *
 * @example
 * await chatCompletion({ model: "o4-mini", messages, reasoning_effort: "low" });
 * @see https://platform.openai.com/docs/guides/reasoning
 */
export type ReasoningEffort = "none" | "minimal" | "low" | "medium" | "high" | "xhigh" | "max";

/**
 * The processing tier a request asks for (`service_tier`): `auto` (the project's setting, the default),
 * `default`, `flex` (cheaper, slower), `scale`, `priority` or `fast` (both served as `priority`).
 * The response's `service_tier` says the tier actually used, which may differ.
 *
 * @example
 * await responsesCreate({ model: "gpt-4o-mini", input: "Hi", service_tier: "flex" });
 * @see https://platform.openai.com/docs/api-reference/chat/create#chat-create-service_tier
 */
export type ServiceTier = "auto" | "default" | "flex" | "scale" | "priority" | "fast";
