import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ListPage } from "../../types/common";
import type { OpenAIFile } from "../../types/files";
import { request } from "../../_internal/request";

/**
 * Lists the files of your organization, or retrieves one when given its id.
 *
 * @param fileId The file to retrieve (omit to list every file).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "list", data: OpenAIFile[] }, meta]` or `["ok", OpenAIFile, meta]`.
 * @example
 * const [status, list] = await files();
 * const [, file] = await files("file-123321", { apiKey: tenantKey });
 * @see https://platform.openai.com/docs/api-reference/files/list
 */
export function files(config?: Config): Promise<Result<ListPage<OpenAIFile>>>;
export function files(fileId: string, config?: Config): Promise<Result<OpenAIFile>>;
export function files(first?: string | Config, config?: Config): Promise<Result<ListPage<OpenAIFile> | OpenAIFile>> {
  if (typeof first === "string") return request({ method: "GET", path: "/files/{file_id}", ids: { file_id: first }, config });
  return request({ method: "GET", path: "/files", config: first ?? config });
}
