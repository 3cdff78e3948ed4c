import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ListPage } from "../../types/common";
import type { FileListParams, OpenAIFile } from "../../types/files";
import { isConfigArgument } from "../../_internal/args";
import { request } from "../../_internal/request";

/**
 * Lists the files of your organization (optionally filtered and paged), or retrieves one when given its id.
 *
 * @param paramsOrConfig `{ purpose?, limit?, order?, after? }` to filter and page the list, or a config
 *   (openai.ex's `files(config)`); omit it to list every file. In the second form: the file id to retrieve.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "list", data: OpenAIFile[], has_more }, meta]` or `["ok", OpenAIFile, meta]`.
 * @example
 * const [status, list] = await files();
 * const [, batchInputs] = await files({ purpose: "batch", limit: 100 });
 * const [, file] = await files("file-123321", { apiKey: tenantKey });
 * for await (const [kind, item] of paginate(files, { purpose: "fine-tune" })) console.log(kind, item);
 * @see https://platform.openai.com/docs/api-reference/files/list
 */
export function files(paramsOrConfig?: FileListParams | Config, config?: Config): Promise<Result<ListPage<OpenAIFile>>>;
export function files(fileId: string, config?: Config): Promise<Result<OpenAIFile>>;
// One list signature serves `files(config)` and `files(params, config?)`: `paginate` reads the list form from it.
export function files(first?: string | FileListParams | Config, config?: Config): Promise<Result<ListPage<OpenAIFile> | OpenAIFile>> {
  if (typeof first === "string") return request({ method: "GET", path: "/files/{file_id}", ids: { file_id: first }, send: "none", config });
  // openai.ex's `files(config)`: a config in the first position (it has config keys; params never do).
  if (isConfigArgument(first)) return request({ method: "GET", path: "/files", send: "none", config: first });
  return request({ method: "GET", path: "/files", params: first, paramsOptional: true, config });
}
