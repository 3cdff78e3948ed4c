import type { Config } from "../../config";
import type { Result } from "../../result";
import type { FileInput } from "../../types/files";
import type { ImageRequestOptions, ImagesResponse, ImageVariationParams } from "../../types/images";
import { configOrRequestOptions } from "../../_internal/legacy";
import { uploadForm } from "../../_internal/multipart";
import { request } from "../../_internal/request";

/**
 * Creates variations of an image.
 *
 * @param image A path, `file:` URL, Blob, File, bytes or `{ data, filename }` (a square PNG for dall-e-2).
 * @param params `n`, `size`, `response_format`… (or a config alone).
 * @param config Per-call config, merged over the defaults (openai.ex's old request-options object is still accepted).
 * @returns `["ok", { created, data: [{ url } | { b64_json }] }, meta]` or `["error", e]`.
 * @example
 * const [status, images] = await imagesVariations("./otter.png", { n: 2, size: "256x256" });
 * if (status === "ok") for (const image of images.data) console.log(image.url);
 * @see https://platform.openai.com/docs/api-reference/images/createVariation
 */
export function imagesVariations(image: FileInput, params?: ImageVariationParams | Config, config?: Config): Promise<Result<ImagesResponse>>;
/**
 * Creates variations of an image, with openai.ex's old request-options argument.
 *
 * @deprecated Pass a config instead: `imagesVariations(image, params, { httpOptions: { timeout } })`.
 * @param image The image.
 * @param params `n`, `size`…
 * @param requestOptions `{ recv_timeout }` or `{ timeout }` (ms) and other `httpOptions` keys.
 * @returns `["ok", ImagesResponse, meta]` or `["error", e]`.
 * @example
 * await imagesVariations("./otter.png", { n: "5" }, { recv_timeout: 600_000 });
 * @see https://platform.openai.com/docs/api-reference/images/createVariation
 */
export function imagesVariations(image: FileInput, params: ImageVariationParams, requestOptions: ImageRequestOptions): Promise<Result<ImagesResponse>>;
export function imagesVariations(
  image: FileInput,
  paramsArgument?: ImageVariationParams | Config,
  configArgument?: Config | ImageRequestOptions,
): Promise<Result<ImagesResponse>> {
  return request({
    method: "POST",
    path: "/images/variations",
    params: paramsArgument,
    paramsOptional: true,
    form: (params) => uploadForm(params, [["image", image, "image", true]]),
    config: configOrRequestOptions(configArgument),
  });
}
