/** Images (/images/generations, /images/edits, /images/variations). */
import type { HttpOptions } from "../config";
import type { FileInput } from "./files";

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

/** Params of `imagesGenerations`. */
export interface ImageGenerateParams {
  prompt: string;
  /** `dall-e-2` (default), `dall-e-3` or `gpt-image-1`. */
  model?: string | null;
  n?: number | null;
  quality?: "standard" | "hd" | "low" | "medium" | "high" | "auto" | null;
  response_format?: "url" | "b64_json" | null;
  output_format?: "png" | "jpeg" | "webp" | null;
  output_compression?: number | null;
  size?: ImageSize | null;
  style?: "vivid" | "natural" | null;
  background?: "transparent" | "opaque" | "auto" | null;
  moderation?: "low" | "auto" | null;
  user?: string;
}

/** Params of `imagesEdits` (the image itself is the first argument). */
export interface ImageEditParams {
  prompt: string;
  /** A second image whose transparent areas show where to edit; uploaded as the `mask` file part. */
  mask?: FileInput;
  model?: string | null;
  n?: number | null;
  size?: ImageSize | null;
  response_format?: "url" | "b64_json" | null;
  output_format?: "png" | "jpeg" | "webp" | null;
  output_compression?: number | null;
  background?: "transparent" | "opaque" | "auto" | null;
  quality?: "standard" | "low" | "medium" | "high" | "auto" | null;
  input_fidelity?: "high" | "low" | null;
  user?: string;
}

/** Params of `imagesVariations` (the image itself is the first argument). */
export interface ImageVariationParams {
  model?: string | null;
  /** The Elixir README sends `"5"`; both are fine on the wire. */
  n?: number | string | null;
  response_format?: "url" | "b64_json" | null;
  size?: "256x256" | "512x512" | "1024x1024" | null;
  user?: string;
}

/** One generated image: a URL or base64 data. */
export interface Image {
  url?: string;
  b64_json?: string;
  revised_prompt?: string;
}

/** What the image functions return. */
export interface ImagesResponse {
  created: number;
  data: Image[];
  background?: "transparent" | "opaque";
  output_format?: "png" | "webp" | "jpeg";
  size?: string;
  quality?: string;
  usage?: { total_tokens: number; input_tokens: number; output_tokens: number; input_tokens_details?: { text_tokens: number; image_tokens: number } };
}

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
