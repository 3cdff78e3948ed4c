/** Vector stores (/vector_stores): the indexes behind the `file_search` tool. */
import type { Metadata } from "./common";

/** Counts of a vector store's (or a file batch's) files by status. */
export interface VectorStoreFileCounts {
  in_progress: number;
  completed: number;
  failed: number;
  cancelled: number;
  total: number;
}

/** When a vector store expires: `days` after it was last active. */
export interface VectorStoreExpiresAfter {
  anchor: "last_active_at";
  /** 1-365. */
  days: number;
}

/** Up to 16 key/value pairs attached to a vector store file, usable in search filters. */
export type VectorStoreFileAttributes = Record<string, string | number | boolean>;

/** How files are split into chunks: `auto` (800 tokens, 400 overlap) or `static` sizes. */
export type VectorStoreChunkingStrategy =
  | { type: "auto" }
  | { type: "static"; static: { max_chunk_size_tokens: number; chunk_overlap_tokens: number } };

/** The chunking strategy a stored file reports (`other` for files chunked before strategies existed). */
export type VectorStoreChunkingStrategyResult =
  | { type: "static"; static: { max_chunk_size_tokens: number; chunk_overlap_tokens: number } }
  | { type: "other" };

/**
 * A vector store: a searchable collection of processed files.
 *
 * @example
 * const [status, store] = await vectorStoresCreate({ name: "Support FAQ", file_ids: ["file-abc123"] });
 * if (status === "ok") console.log(store.id, store.file_counts.completed);
 */
export interface VectorStore {
  id: string;
  object: "vector_store";
  created_at: number;
  name: string;
  usage_bytes: number;
  file_counts: VectorStoreFileCounts;
  status: "expired" | "in_progress" | "completed";
  expires_after?: VectorStoreExpiresAfter;
  expires_at?: number | null;
  last_active_at: number | null;
  metadata: Metadata | null;
}

/** Params of `vectorStoresCreate`. */
export interface VectorStoreCreateParams {
  /** Up to 500 file ids to add. */
  file_ids?: string[];
  name?: string;
  expires_after?: VectorStoreExpiresAfter;
  /** Only used when `file_ids` is non-empty. */
  chunking_strategy?: VectorStoreChunkingStrategy;
  metadata?: Metadata;
}

/** Params of `vectorStoresModify`. */
export interface VectorStoreModifyParams {
  name?: string | null;
  expires_after?: VectorStoreExpiresAfter | null;
  metadata?: Metadata | null;
}

/** Query params of `vectorStores` (list form). */
export interface VectorStoreListParams {
  /** 1-100, default 20. */
  limit?: number;
  order?: "asc" | "desc";
  after?: string;
  before?: string;
}

/** Query params of `vectorStoreFiles` and `vectorStoreFileBatchFiles`. */
export interface VectorStoreFileListParams extends VectorStoreListParams {
  filter?: "in_progress" | "completed" | "failed" | "cancelled";
}

/** The body of `vectorStoresDelete`. */
export interface VectorStoreDeleted {
  id: string;
  object: "vector_store.deleted";
  deleted: boolean;
}

/** A file attached to a vector store; `status` turns `completed` once it is chunked and embedded. */
export interface VectorStoreFile {
  /** The id of the File (`file-...`). */
  id: string;
  object: "vector_store.file";
  usage_bytes: number;
  created_at: number;
  vector_store_id: string;
  status: "in_progress" | "completed" | "cancelled" | "failed";
  last_error: { code: "server_error" | "unsupported_file" | "invalid_file"; message: string } | null;
  chunking_strategy?: VectorStoreChunkingStrategyResult;
  attributes?: VectorStoreFileAttributes | null;
}

/** Params of `vectorStoreFileCreate`. */
export interface VectorStoreFileCreateParams {
  file_id: string;
  chunking_strategy?: VectorStoreChunkingStrategy;
  attributes?: VectorStoreFileAttributes | null;
}

/** Params of `vectorStoreFileModify`. */
export interface VectorStoreFileModifyParams {
  attributes: VectorStoreFileAttributes | null;
}

/** The body of `vectorStoreFileDelete`. */
export interface VectorStoreFileDeleted {
  id: string;
  object: "vector_store.file.deleted";
  deleted: boolean;
}

/** The parsed text of a vector store file, as returned by `vectorStoreFileContent`. */
export interface VectorStoreFileContent {
  object: "vector_store.file_content.page";
  data: Array<{ type?: string; text?: string }>;
  has_more: boolean;
  next_page: string | null;
}

/** A comparison on one attribute, e.g. `{ type: "eq", key: "author", value: "Jane" }`. */
export interface VectorStoreComparisonFilter {
  type: "eq" | "ne" | "gt" | "gte" | "lt" | "lte" | "in" | "nin";
  key: string;
  value: string | number | boolean | Array<string | number>;
}

/** Filters combined with `and` / `or`. */
export interface VectorStoreCompoundFilter {
  type: "and" | "or";
  filters: Array<VectorStoreComparisonFilter | VectorStoreCompoundFilter>;
}

/** Params of `vectorStoresSearch`. */
export interface VectorStoreSearchParams {
  query: string | string[];
  rewrite_query?: boolean;
  /** 1-50, default 10. */
  max_num_results?: number;
  filters?: VectorStoreComparisonFilter | VectorStoreCompoundFilter;
  ranking_options?: { ranker?: "none" | "auto" | "default-2024-11-15"; score_threshold?: number };
}

/** One search hit: a file and its matching chunks. */
export interface VectorStoreSearchResult {
  file_id: string;
  filename: string;
  /** 0-1. */
  score: number;
  attributes: VectorStoreFileAttributes | null;
  content: Array<{ type: "text"; text: string }>;
}

/** The body of `vectorStoresSearch`. */
export interface VectorStoreSearchResultsPage {
  object: "vector_store.search_results.page";
  search_query: string[];
  data: VectorStoreSearchResult[];
  has_more: boolean;
  next_page: string | null;
}

/** A batch of files being added to a vector store. */
export interface VectorStoreFileBatch {
  id: string;
  object: "vector_store.files_batch";
  created_at: number;
  vector_store_id: string;
  status: "in_progress" | "completed" | "cancelled" | "failed";
  file_counts: VectorStoreFileCounts;
}

/** Params of `vectorStoreFileBatchCreate`: `file_ids`, or `files` with per-file settings. */
export interface VectorStoreFileBatchCreateParams {
  /** 1-2000 file ids. */
  file_ids?: string[];
  /** 1-2000 files with their own chunking strategy and attributes. */
  files?: VectorStoreFileCreateParams[];
  chunking_strategy?: VectorStoreChunkingStrategy;
  attributes?: VectorStoreFileAttributes | null;
}
