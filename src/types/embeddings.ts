/**
 * Embeddings (POST /embeddings). Overlay: `Embedding.embedding` is a base64 string when the request
 * asks for `encoding_format: "base64"`; the spec only says `number[]`.
 */
import type { Flat, Schemas } from "./schema";

/**
 * Params of `embeddings`.
 *
 * @example
 * await embeddings({ model: "text-embedding-3-small", input: "The food was delicious" });
 */
export type EmbeddingsParams = Schemas["CreateEmbeddingRequest"];

/** One embedding vector: floats, or a base64 string when `encoding_format` is `base64`. */
export type Embedding = Flat<Omit<Schemas["Embedding"], "embedding"> & { embedding: number[] | string }>;

/**
 * What `embeddings` returns.
 *
 * @example
 * const [status, res] = await embeddings({ model: "text-embedding-3-small", input: "hi" });
 * if (status === "ok") console.log(res.data[0]?.embedding);
 */
export type EmbeddingsResponse = Flat<Omit<Schemas["CreateEmbeddingResponse"], "data"> & { data: Embedding[] }>;

/** The official SDK's name for `EmbeddingsParams`, so code ported from openai-node compiles. */
export type EmbeddingCreateParams = EmbeddingsParams;
/** The official SDK's name for `EmbeddingsResponse`. */
export type CreateEmbeddingResponse = EmbeddingsResponse;
