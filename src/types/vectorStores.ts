/**
 * Vector stores (/vector_stores), their files, file batches and search. Overlay: none (the spec's
 * schemas as generated; `scripts/gen.mjs` says how two of them are rendered).
 */
import type { Query, Schemas } from "./schema";

/** How many files of a vector store are in each state. */
export type VectorStoreFileCounts = Schemas["VectorStoreObject"]["file_counts"];

/** When a vector store expires: days after it was last active. */
export type VectorStoreExpiresAfter = Schemas["VectorStoreExpirationAfter"];

/** Up to 16 attributes of a file (strings, numbers, booleans), usable in search filters. */
export type VectorStoreFileAttributes = NonNullable<Schemas["VectorStoreFileAttributes"]>;

/** How files are cut into chunks: `auto`, or static sizes. */
export type VectorStoreChunkingStrategy = Schemas["ChunkingStrategyRequestParam"];

/** How a file was cut into chunks, as reported back. */
export type VectorStoreChunkingStrategyResult = NonNullable<Schemas["VectorStoreFileObject"]["chunking_strategy"]>;

/**
 * A vector store.
 *
 * @example
 * const [status, store] = await vectorStores("vs_abc123");
 * if (status === "ok") console.log(store.file_counts.completed);
 */
export type VectorStore = Schemas["VectorStoreObject"];

/**
 * Params of `vectorStoresCreate`.
 *
 * @example
 * await vectorStoresCreate({ name: "Support FAQ", file_ids: ["file-abc123"] });
 */
export type VectorStoreCreateParams = Schemas["CreateVectorStoreRequest"];

/** Params of `vectorStoresModify`. */
export type VectorStoreModifyParams = Schemas["UpdateVectorStoreRequest"];

/** Query of `vectorStores(params)`. */
export type VectorStoreListParams = Query<"listVectorStores">;

/** Query of `vectorStoreFiles` and `vectorStoreFileBatchFiles`. */
export type VectorStoreFileListParams = Query<"listVectorStoreFiles">;

/** What `vectorStoresDelete` returns. */
export type VectorStoreDeleted = Schemas["DeleteVectorStoreResponse"];

/** A file of a vector store. */
export type VectorStoreFile = Schemas["VectorStoreFileObject"];

/**
 * Params of `vectorStoreFileCreate`.
 *
 * @example
 * await vectorStoreFileCreate("vs_abc123", { file_id: "file-abc123", attributes: { lang: "en" } });
 */
export type VectorStoreFileCreateParams = Schemas["CreateVectorStoreFileRequest"];

/** Params of `vectorStoreFileModify`. */
export type VectorStoreFileModifyParams = Schemas["UpdateVectorStoreFileAttributesRequest"];

/** What `vectorStoreFileDelete` returns. */
export type VectorStoreFileDeleted = Schemas["DeleteVectorStoreFileResponse"];

/** A page of the parsed content of a file. */
export type VectorStoreFileContent = Schemas["VectorStoreFileContentResponse"];

/** A filter comparing one attribute with a value. */
export type VectorStoreComparisonFilter = Schemas["ComparisonFilter"];

/** Filters combined with `and` or `or`. */
export type VectorStoreCompoundFilter = Schemas["CompoundFilter"];

/**
 * Params of `vectorStoresSearch`.
 *
 * @example
 * await vectorStoresSearch("vs_abc123", { query: "refund policy", max_num_results: 5 });
 */
export type VectorStoreSearchParams = Schemas["VectorStoreSearchRequest"];

/** One search hit: a file, its score and the matching chunks. */
export type VectorStoreSearchResult = Schemas["VectorStoreSearchResultItem"];

/** What `vectorStoresSearch` returns. */
export type VectorStoreSearchResultsPage = Schemas["VectorStoreSearchResultsPage"];

/** A batch of files added to a vector store. */
export type VectorStoreFileBatch = Schemas["VectorStoreFileBatchObject"];

/**
 * Params of `vectorStoreFileBatchCreate`: `file_ids`, or `files` with their own attributes.
 *
 * @example
 * await vectorStoreFileBatchCreate("vs_abc123", { file_ids: ["file-abc123", "file-def456"] });
 */
export type VectorStoreFileBatchCreateParams = Schemas["CreateVectorStoreFileBatchRequest"];
