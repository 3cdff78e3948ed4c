import type { Config } from "../../config";
import { argumentError, type OpenAIError } from "../../errors";
import type { Result } from "../../result";
import type { FileInput } from "../../types/files";
import type { EventStream } from "../../stream";
import type { ImageEditParams, ImageEditStreamEvent, ImageRequestOptions, ImageStreamParams, ImagesResponse } from "../../types/images";
import { isPlainObject } from "../../_internal/args";
import { configOrRequestOptions } from "../../_internal/legacy";
import { uploadForm, type FormFile } from "../../_internal/multipart";
import { requestOrStream } from "../../_internal/stream";

const MAX_IMAGES = 16;

/**
 * Edits images, streamed (gpt-image models): `partial_images` previews, then the final image.
 *
 * @param image The image(s) to edit (as in the non-stream form).
 * @param params `prompt`, `model`, `stream: true` and `partial_images` (0-3), sent as form fields.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", EventStream<ImageEditStreamEvent>, meta]`, items `{ event, data }` (`image_edit.partial_image`,
 *   `image_edit.completed`); or `["error", e]`. `collectImages(stream)` gives the final `ImagesResponse`.
 * @example
 * const [status, stream] = await imagesEdits("./otter.png", { model: "gpt-image-1", prompt: "Add a hat", stream: true, partial_images: 1 });
 * if (status === "ok") { const [, images] = await collectImages(stream); console.log(images?.data[0]?.b64_json?.length); }
 * @see https://platform.openai.com/docs/api-reference/images-streaming
 */
export function imagesEdits(
  image: FileInput | FileInput[],
  params: ImageEditParams & ImageStreamParams,
  config?: Config,
): Promise<Result<EventStream<ImageEditStreamEvent>>>;
/**
 * Edits or extends one image, or up to 16 images, following a prompt; `params.mask` is uploaded as a second file.
 *
 * @param image A path, `file:` URL, Blob, File, bytes or `{ data, filename }`; or an array of up to 16 (sent as `image[]`).
 * @param params `prompt` (plus `mask`, `model`, `n`, `size`…).
 * @param config Per-call config, merged over the defaults (openai.ex's old request-options object is still accepted).
 * @returns `["ok", { created, data: [{ url } | { b64_json }] }, meta]` or `["error", e]` (a `file` error for an unreadable input).
 * @example
 * const [status, images] = await imagesEdits("./otter.png", { prompt: "Add a hat", mask: "./mask.png" });
 * const [, combined] = await imagesEdits(["./a.png", "./b.png"], { model: "gpt-image-1", prompt: "A gift basket of both" });
 * @see https://platform.openai.com/docs/api-reference/images/createEdit
 */
export function imagesEdits(image: FileInput | FileInput[], params: ImageEditParams, config?: Config): Promise<Result<ImagesResponse>>;
/**
 * Edits an image, with openai.ex's old request-options argument.
 *
 * @deprecated Pass a config instead: `imagesEdits(image, params, { httpOptions: { timeout } })`.
 * @param image The image(s) to edit.
 * @param params `prompt` (plus `mask`, `n`, `size`…).
 * @param requestOptions `{ recv_timeout }` or `{ timeout }` (ms) and other `httpOptions` keys.
 * @returns `["ok", ImagesResponse, meta]` or `["error", e]`.
 * @example
 * await imagesEdits("./otter.png", { prompt: "Add a hat" }, { recv_timeout: 600_000 });
 * @see https://platform.openai.com/docs/api-reference/images/createEdit
 */
export function imagesEdits(image: FileInput | FileInput[], params: ImageEditParams, requestOptions: ImageRequestOptions): Promise<Result<ImagesResponse>>;
export function imagesEdits(
  image: FileInput | FileInput[],
  params: ImageEditParams,
  config?: Config | ImageRequestOptions,
): Promise<Result<ImagesResponse | EventStream<ImageEditStreamEvent>>> {
  // The file list is built inside `form`, which the request layer runs in its own try/catch:
  // an exotic `image` (a Proxy, a throwing getter) becomes an error tuple, never a throw.
  const spec = { method: "POST", path: "/images/edits", params, form: () => editForm(image, params), config: configOrRequestOptions(config) } as const;
  return requestOrStream<ImagesResponse, ImageEditStreamEvent>(spec, "named");
}

function editForm(image: FileInput | FileInput[], params: ImageEditParams): Promise<FormData | OpenAIError> {
  if (Array.isArray(image) && (image.length === 0 || image.length > MAX_IMAGES)) {
    return Promise.resolve(argumentError("image", `image must be one input or an array of 1 to ${MAX_IMAGES}, got ${image.length}`));
  }
  const files: FormFile[] = Array.isArray(image)
    ? image.map((input, index) => ["image[]", input, `image[${index}]`, true] as const)
    : [["image", image, "image", true]];
  const mask = isPlainObject(params) ? params.mask : undefined;
  if (mask !== undefined) files.push(["mask", mask, "params.mask", true]);
  return uploadForm(params, files, ["mask"]);
}
