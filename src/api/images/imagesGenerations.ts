import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ImageGenerateParams, ImageRequestOptions, ImagesResponse } from "../../types/images";
import { configOrRequestOptions } from "../../_internal/legacy";
import { request } from "../../_internal/request";

/**
 * Creates images from a prompt.
 *
 * @param params `prompt` (plus `model`, `n`, `size`, `response_format`…).
 * @param config Per-call config, merged over the defaults; openai.ex's old request-options object
 *   (`{ recv_timeout }`) is still accepted here and mapped onto `httpOptions`.
 * @returns `["ok", { created, data: [{ url } | { b64_json }] }, meta]` or `["error", e]`.
 * @example
 * const [status, images] = await imagesGenerations({ prompt: "A developer writing a test", size: "256x256" }, { httpOptions: { timeout: 600_000 } });
 * if (status === "ok") console.log(images.data[0]?.url);
 * @see https://platform.openai.com/docs/api-reference/images/create
 */
export function imagesGenerations(params: ImageGenerateParams, config?: Config): Promise<Result<ImagesResponse>>;
/**
 * Creates images from a prompt, with openai.ex's old request-options argument.
 *
 * @deprecated Pass a config instead: `imagesGenerations(params, { httpOptions: { timeout } })`.
 * @param params `prompt` (plus `model`, `n`, `size`…).
 * @param requestOptions `{ recv_timeout }` or `{ timeout }` (ms) and other `httpOptions` keys.
 * @returns `["ok", ImagesResponse, meta]` or `["error", e]`.
 * @example
 * await imagesGenerations({ prompt: "A developer writing a test" }, { recv_timeout: 600_000 });
 * @see https://platform.openai.com/docs/api-reference/images/create
 */
export function imagesGenerations(params: ImageGenerateParams, requestOptions: ImageRequestOptions): Promise<Result<ImagesResponse>>;
export function imagesGenerations(params: ImageGenerateParams, config?: Config | ImageRequestOptions): Promise<Result<ImagesResponse>> {
  return request({ method: "POST", path: "/images/generations", params, config: configOrRequestOptions(config) });
}
