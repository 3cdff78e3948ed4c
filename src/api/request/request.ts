import type { Result } from "../../result";
import type { RequestMethod, RequestOptions } from "../../types/request";
import { passthrough } from "../../_internal/passthrough";

/**
 * Calls any endpoint, wrapped or not, with the same retries, timeouts, scrubbing and error tuples as every function.
 *
 * @param method `GET`, `POST`, `PUT`, `PATCH` or `DELETE`.
 * @param path Relative to `apiUrl` (e.g. `/models/gpt-4o`); `{name}` segments are filled from `options.ids`.
 * @param params The query for GET and DELETE; the JSON body otherwise, or a multipart form when it is a
 *   `FormData` or has a `file` (path, Blob, bytes or `{ data, filename }`).
 * @param options The call's config, plus `ids` and `accept` (`json`, `bytes` or `text`).
 * @returns `["ok", data, meta]` (`T` is what you expect the endpoint to answer; it is not checked), or an error tuple.
 * @example
 * const [status, model] = await request<Model>("GET", "/models/{model}", undefined, { ids: { model: "gpt-4o" } });
 * const [, created] = await request("POST", "/containers", { name: "scratch" });
 * const [, bytes] = await request<Uint8Array>("GET", "/files/file-abc123/content", undefined, { accept: "bytes" });
 * @see https://platform.openai.com/docs/api-reference
 */
export function request<T = unknown>(
  method: RequestMethod,
  path: string,
  params?: Record<string, unknown> | FormData,
  options?: RequestOptions,
): Promise<Result<T>> {
  return passthrough<T>(method, path, params, options);
}
