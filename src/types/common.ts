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
