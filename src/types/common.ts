/**
 * Shapes shared by many endpoints. Overlay: `ListPage<T>` is the generic form of the spec's many
 * `List…Response` schemas (the SDK's `paginate` reads any of them through it), and `DeletedObject`
 * the common shape of its `Delete…Response` schemas; the type-coverage test checks every function's
 * page and deletion against its own schema.
 */
import type { Query, Schemas } from "./schema";

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

/**
 * Query parameters of cursor-paginated list endpoints (`limit`, `order`, `after`, `before`).
 *
 * @example
 * await assistants({ limit: 10, order: "desc" });
 */
export type ListParams = Query<"listAssistants">;

/**
 * The body of a successful DELETE.
 *
 * @example
 * const [status, deleted] = await modelsDelete("ft:gpt-4o-mini:acme::abc123");
 * if (status === "ok") console.log(deleted.deleted);
 */
export type DeletedObject = Schemas["DeleteModelResponse"];

/**
 * Up to 16 string pairs attached to an object.
 *
 * @example
 * await vectorStoresCreate({ name: "Docs", metadata: { team: "search" } });
 */
export type Metadata = NonNullable<Schemas["Metadata"]>;

/**
 * How hard a reasoning model thinks before answering (`reasoning_effort`, `reasoning.effort`).
 * Less effort answers faster and spends fewer reasoning tokens; not every model accepts every value.
 *
 * @example
 * await chatCompletion({ model: "o4-mini", messages, reasoning_effort: "low" });
 * @see https://platform.openai.com/docs/guides/reasoning
 */
export type ReasoningEffort = NonNullable<Schemas["ReasoningEffort"]>;

/**
 * The processing tier a request asks for (`service_tier`); the response's `service_tier` says the
 * tier actually used, which may differ.
 *
 * @example
 * await responsesCreate({ model: "gpt-4o-mini", input: "Hi", service_tier: "flex" });
 * @see https://platform.openai.com/docs/api-reference/chat/create#chat-create-service_tier
 */
export type ServiceTier = NonNullable<Schemas["ServiceTier"]>;
