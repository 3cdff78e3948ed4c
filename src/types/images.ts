/**
 * Images (/images/generations, /images/edits, /images/variations).
 *
 * Overlay: the image of `imagesEdits` and `imagesVariations` is their first argument (a `FileInput`,
 * or up to 16 for edits), not a params field; `mask` is a `FileInput` uploaded as a second file part;
 * `size` lists the known sizes for autocomplete (the spec's `string | enum` collapses to `string`);
 * the variations `n` also takes the string form openai.ex's README sends (`"5"`); the old openai.ex
 * "request options" argument (`ImageRequestOptions`) is the SDK's own.
 */
import type { HttpOptions } from "../config";
import type { FileInput } from "./files";
import type { Flat, Schemas } from "./schema";

/**
 * Sizes the image endpoints accept: the known sizes of dall-e-2, dall-e-3 and gpt-image models
 * (listed for autocomplete), `auto`, or any other `WIDTHxHEIGHT` a newer model takes (e.g. `"2048x1152"`).
 */
export type ImageSize =
  | "256x256"
  | "512x512"
  | "1024x1024"
  | "1536x1024"
  | "1024x1536"
  | "1792x1024"
  | "1024x1792"
  | "auto"
  // `& {}` keeps the literals above from being absorbed into the template type, so editors still suggest them.
  | (`${number}x${number}` & {});

/**
 * Params of `imagesGenerations`.
 *
 * @example
 * await imagesGenerations({ model: "gpt-image-1", prompt: "A cute baby sea otter", size: "1024x1024" });
 */
export type ImageGenerateParams = Flat<Omit<Schemas["CreateImageRequest"], "size"> & { size?: ImageSize | null }>;

/**
 * Params of `imagesEdits` (the image itself is the first argument).
 *
 * @example
 * await imagesEdits("./otter.png", { prompt: "Add a hat", mask: "./mask.png" });
 */
export type ImageEditParams = Flat<
  Omit<Schemas["CreateImageEditRequest"], "image" | "mask" | "size"> & {
    /** A second image whose transparent areas show where to edit; uploaded as the `mask` file part. */
    mask?: FileInput;
    size?: ImageSize | null;
  }
>;

/**
 * Params of `imagesVariations` (the image itself is the first argument).
 *
 * @example
 * await imagesVariations("./otter.png", { n: 2, size: "512x512" });
 */
export type ImageVariationParams = Flat<
  Omit<Schemas["CreateImageVariationRequest"], "image" | "n"> & {
    /** The Elixir README sends `"5"`; both are fine on the wire. */
    n?: number | string | null;
  }
>;

/** One generated image: a URL or base64 data. */
export type Image = Schemas["Image"];

/**
 * What the image functions return.
 *
 * @example
 * const [status, res] = await imagesGenerations({ prompt: "An otter" });
 * if (status === "ok") console.log(res.data?.[0]?.url);
 */
export type ImagesResponse = Schemas["ImagesResponse"];

/**
 * The old openai.ex "request options" argument of the images functions, accepted where the config
 * goes: `timeout` or `recv_timeout` becomes `httpOptions.timeout`, other keys go into `httpOptions`.
 *
 * Prefer a config: `{ httpOptions: { timeout } }`.
 */
export interface ImageRequestOptions extends Omit<HttpOptions, "timeout"> {
  timeout?: number;
  /** openai.ex (HTTPoison) name of the receive timeout, in ms. */
  recv_timeout?: number;
}

// --- Image streams (`stream: true` with `partial_images`), from the spec's ImageGen*/ImageEdit* event schemas. ---

/** The stream-only params of `imagesGenerations` / `imagesEdits` (gpt-image models). */
export interface ImageStreamParams {
  stream: true;
  /** How many partial images (0-3) to send before the final one. */
  partial_images?: number | null;
}

/** Fields every image stream event carries. */
interface ImageStreamEventBase {
  b64_json: string;
  created_at: number;
  size: "1024x1024" | "1024x1536" | "1536x1024" | "auto";
  quality: "low" | "medium" | "high" | "auto";
  background: "transparent" | "opaque" | "auto";
  output_format: "png" | "webp" | "jpeg";
}

/** A partial image while the model draws (`image_generation.partial_image` / `image_edit.partial_image`). */
export interface ImagePartialImageEvent<T extends string> extends ImageStreamEventBase {
  type: T;
  partial_image_index: number;
}

/** The finished image (`image_generation.completed` / `image_edit.completed`), with the usage. */
export interface ImageCompletedEvent<T extends string> extends ImageStreamEventBase {
  type: T;
  usage: { total_tokens: number; input_tokens: number; output_tokens: number; input_tokens_details?: { text_tokens: number; image_tokens: number } };
}

/** One item of `imagesGenerations({ stream: true })`: `{ event, data }`, a union on `event`. */
export type ImageGenerationStreamEvent =
  | { event: "image_generation.partial_image"; data: ImagePartialImageEvent<"image_generation.partial_image"> }
  | { event: "image_generation.completed"; data: ImageCompletedEvent<"image_generation.completed"> };

/** One item of `imagesEdits(image, { stream: true })`: `{ event, data }`, a union on `event`. */
export type ImageEditStreamEvent =
  | { event: "image_edit.partial_image"; data: ImagePartialImageEvent<"image_edit.partial_image"> }
  | { event: "image_edit.completed"; data: ImageCompletedEvent<"image_edit.completed"> };
