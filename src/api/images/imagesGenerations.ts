import type { Config } from "../../config";
import type { Result } from "../../result";
import type { EventStream } from "../../stream";
import type { ImageGenerateParams, ImageGenerationStreamEvent, ImageRequestOptions, ImageStreamParams, ImagesResponse } from "../../types/images";
import { configOrRequestOptions } from "../../_internal/legacy";
import { requestOrStream } from "../../_internal/stream";

/**
 * Creates images from a prompt, streamed (gpt-image models): `partial_images` previews, then the final image.
 *
 * @param params `prompt`, `model`, `stream: true` and `partial_images` (0-3).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", EventStream<ImageGenerationStreamEvent>, meta]` once the headers arrive, items `{ event, data }`
 *   (`image_generation.partial_image`, `image_generation.completed`); or `["error", e]`. `collectImages(stream)` gives the final `ImagesResponse`.
 * @example
 * const [status, stream] = await imagesGenerations({ model: "gpt-image-1", prompt: "An otter", stream: true, partial_images: 2 });
 * if (status === "ok") for await (const [kind, item] of stream) if (kind === "ok") console.log(item.event, item.data.b64_json.length);
 * @see https://platform.openai.com/docs/api-reference/images-streaming
 */
export function imagesGenerations(params: ImageGenerateParams & ImageStreamParams, config?: Config): Promise<Result<EventStream<ImageGenerationStreamEvent>>>;
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
export function imagesGenerations(
  params: ImageGenerateParams,
  config?: Config | ImageRequestOptions,
): Promise<Result<ImagesResponse | EventStream<ImageGenerationStreamEvent>>> {
  const spec = { method: "POST", path: "/images/generations", params, config: configOrRequestOptions(config) } as const;
  return requestOrStream<ImagesResponse, ImageGenerationStreamEvent>(spec, "named");
}
