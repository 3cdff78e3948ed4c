/** Embeddings (POST /embeddings). */

/** Params of `embeddings`. */
export interface EmbeddingsParams {
  /** ID of the model, e.g. `text-embedding-3-small`. */
  model: string;
  /** Text, texts, token array or token arrays to embed. */
  input: string | string[] | number[] | number[][];
  encoding_format?: "float" | "base64";
  /** Output dimensions (text-embedding-3 and later). */
  dimensions?: number;
  /** An id for your end user, to help OpenAI detect abuse. */
  user?: string;
}

/** One embedding vector. */
export interface Embedding {
  object: "embedding";
  index: number;
  /** Floats, or a base64 string when `encoding_format` is `base64`. */
  embedding: number[] | string;
}

/** What `embeddings` returns. */
export interface EmbeddingsResponse {
  object: "list";
  data: Embedding[];
  model: string;
  usage: { prompt_tokens: number; total_tokens: number };
}

/** The official SDK's name for `EmbeddingsParams`, so code ported from openai-node compiles. */
export type EmbeddingCreateParams = EmbeddingsParams;
/** The official SDK's name for `EmbeddingsResponse`. */
export type CreateEmbeddingResponse = EmbeddingsResponse;
