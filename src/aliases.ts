/** Deprecated aliases kept for openai.ex compatibility (imageGenerations, imageEdits, imageVariations). */
import { imagesEdits } from "./api/images/imagesEdits";
import { imagesGenerations } from "./api/images/imagesGenerations";
import { imagesVariations } from "./api/images/imagesVariations";

/**
 * Creates images from a prompt: an alias of `imagesGenerations` kept from openai.ex before 0.3.0.
 *
 * @deprecated Use `imagesGenerations(params, config)` instead.
 * @param params `prompt` (plus `model`, `n`, `size`…).
 * @param config Per-call config (or openai.ex's old request-options object).
 * @returns `["ok", { created, data }, meta]` or `["error", e]`.
 * @example
 * const [status, images] = await imageGenerations({ prompt: "A developer writing a test", size: "256x256" });
 * @see https://platform.openai.com/docs/api-reference/images/create
 */
export const imageGenerations: typeof imagesGenerations = imagesGenerations;

/**
 * Edits an image following a prompt: an alias of `imagesEdits` kept from openai.ex.
 *
 * @deprecated Use `imagesEdits(image, params, config)` instead.
 * @param image The image(s) to edit.
 * @param params `prompt` (plus `mask`, `n`, `size`…).
 * @param config Per-call config (or openai.ex's old request-options object).
 * @returns `["ok", { created, data }, meta]` or `["error", e]`.
 * @example
 * const [status, images] = await imageEdits("./otter.png", { prompt: "Add a hat" });
 * @see https://platform.openai.com/docs/api-reference/images/createEdit
 */
export const imageEdits: typeof imagesEdits = imagesEdits;

/**
 * Creates variations of an image: an alias of `imagesVariations` kept from openai.ex.
 *
 * @deprecated Use `imagesVariations(image, params, config)` instead.
 * @param image The image.
 * @param params `n`, `size`…
 * @param config Per-call config (or openai.ex's old request-options object).
 * @returns `["ok", { created, data }, meta]` or `["error", e]`.
 * @example
 * const [status, images] = await imageVariations("./otter.png", { n: 2 });
 * @see https://platform.openai.com/docs/api-reference/images/createVariation
 */
export const imageVariations: typeof imagesVariations = imagesVariations;
