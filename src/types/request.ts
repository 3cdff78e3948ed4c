/** Types of the escape hatch `request` / `requestStream`, for endpoints openai-ex does not wrap yet. */
import type { Config } from "../config";

/** The HTTP methods `request` sends. */
export type RequestMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * The last argument of `request`: the call's config plus the escape hatch's own options.
 *
 * @example
 * await request("GET", "/containers/{container_id}/files/{file_id}/content", undefined, { ids: { container_id: "cntr_1", file_id: "cfile_1" }, accept: "bytes" });
 */
export interface RequestOptions extends Config {
  /** Values of the path's `{name}` segments, percent-encoded (each a non-empty string). */
  ids?: Record<string, string>;
  /** How the 2xx body is decoded: `json` (default), `bytes` (a `Uint8Array`) or `text`. */
  accept?: "json" | "bytes" | "text";
}

/**
 * The last argument of `requestStream`: `RequestOptions` plus how events are read.
 *
 * @example
 * await requestStream("POST", "/responses", { model: "gpt-4o-mini", input: "Hi", stream: true }, { events: "named" });
 */
export interface RequestStreamOptions extends Omit<RequestOptions, "accept"> {
  /** `data` (default): each event's parsed JSON; `named`: `{ event, data }` items. */
  events?: "data" | "named";
}
