import type { Result } from "../result";
import type { EventStream } from "../stream";
import type { ImageEditStreamEvent, ImageGenerationStreamEvent, ImagesResponse } from "../types/images";
import { foldStream } from "./fold";

type ImageStreamItem = ImageGenerationStreamEvent | ImageEditStreamEvent;

/**
 * Reads an image stream to its end and returns the final images as the non-stream call would:
 * one `data` entry per `*.completed` event (partial images are skipped), with the last one's
 * `created_at`, size, quality, background, format and usage.
 *
 * @param stream The stream of `imagesGenerations({ stream: true })` or `imagesEdits(image, { stream: true })`, not yet iterated.
 * @returns `["ok", ImagesResponse, meta]` (the streaming response's meta), or the stream's final `["error", e]`.
 * @example
 * const [status, stream] = await imagesGenerations({ model: "gpt-image-1", prompt: "An otter", stream: true, partial_images: 2 });
 * if (status === "ok") {
 *   const [, images] = await collectImages(stream);
 *   console.log(images?.data[0]?.b64_json?.length);
 * }
 */
export function collectImages(stream: EventStream<ImageGenerationStreamEvent> | EventStream<ImageEditStreamEvent>): Promise<Result<ImagesResponse>> {
  const collected: NonNullable<ImagesResponse["data"]> = [];
  const images: ImagesResponse = { created: 0, data: collected };
  const fold = ({ event, data }: ImageStreamItem) => {
    if (!event.endsWith(".completed") || !("usage" in data)) return;
    const { b64_json, created_at, size, quality, background, output_format, usage } = data;
    collected.push({ b64_json });
    Object.assign(images, { created: created_at, size, quality, output_format, usage }, background === "auto" ? {} : { background });
  };
  return foldStream(stream as EventStream<ImageStreamItem>, "imagesGenerations", fold, () => images);
}
