import type { Config } from "../../config";
import type { Result } from "../../result";
import type { EmbeddingsParams, EmbeddingsResponse } from "../../types/embeddings";
import { request } from "../../_internal/request";

/**
 * Creates embedding vectors for the given input.
 *
 * @param params `model` and `input` (plus `dimensions`, `encoding_format`, `user`).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "list", data: [{ embedding, index }], model, usage }, meta]`.
 * @example
 * const [status, result] = await embeddings({ model: "text-embedding-3-small", input: "The food was delicious" });
 * if (status === "ok") console.log(result.data[0]?.embedding.length);
 * @see https://platform.openai.com/docs/api-reference/embeddings/create
 */
export function embeddings(params: EmbeddingsParams, config?: Config): Promise<Result<EmbeddingsResponse>> {
  return request({ method: "POST", path: "/embeddings", params, config });
}
