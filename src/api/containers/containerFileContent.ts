import type { Config } from "../../config";
import type { Result } from "../../result";
import { request } from "../../_internal/request";

/**
 * Downloads the content of a container file (e.g. a chart the code interpreter made) into memory.
 *
 * @param containerId The container, e.g. `cntr_abc123`.
 * @param fileId The file, e.g. `cfile_abc123`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", Uint8Array, meta]`: the raw bytes, whatever the content type.
 * @example
 * const [status, bytes] = await containerFileContent("cntr_abc123", "cfile_abc123");
 * if (status === "ok") await writeFile("chart.png", bytes);
 * @see https://platform.openai.com/docs/api-reference/container-files/retrieveContainerFileContent
 */
export function containerFileContent(containerId: string, fileId: string, config?: Config): Promise<Result<Uint8Array>> {
  return request({
    method: "GET",
    path: "/containers/{container_id}/files/{file_id}/content",
    ids: { container_id: containerId, file_id: fileId },
    send: "none",
    config,
    decode: "bytes",
  });
}
