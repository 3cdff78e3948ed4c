/**
 * Types of the assistants resource (Assistants API, beta), field names as on the wire.
 * v2 fields from the latest OpenAPI spec; v1-only fields (`file_ids`, the `retrieval` tool,
 * assistant files) from the 2023-12 spec.
 */
import type { ListParams, Metadata, ReasoningEffort } from "./common";

/** A function the model may call: name, description and JSON-Schema parameters. */
export interface AssistantFunctionDefinition {
  name: string;
  description?: string;
  /** A JSON Schema object describing the arguments. */
  parameters?: Record<string, unknown>;
  strict?: boolean | null;
}

/** The Code Interpreter tool. */
export interface AssistantToolCodeInterpreter {
  type: "code_interpreter";
}

/** The File Search tool (v2), searching the vector stores of `tool_resources.file_search`. */
export interface AssistantToolFileSearch {
  type: "file_search";
  file_search?: {
    max_num_results?: number;
    ranking_options?: { ranker?: "auto" | "default_2024_08_21" | (string & {}); score_threshold: number };
  };
}

/** A function tool: the run stops with `requires_action` until its output is submitted. */
export interface AssistantToolFunction {
  type: "function";
  function: AssistantFunctionDefinition;
}

/**
 * The Retrieval tool of assistants v1.
 *
 * @deprecated Assistants v1 only; use the `file_search` tool with vector stores.
 */
export interface AssistantToolRetrieval {
  type: "retrieval";
}

/** A tool enabled on an assistant, thread run or message attachment. */
export type AssistantTool = AssistantToolCodeInterpreter | AssistantToolFileSearch | AssistantToolFunction | AssistantToolRetrieval;

/** Files made available to the tools: Code Interpreter file ids, File Search vector stores. */
export interface AssistantToolResources {
  code_interpreter?: { file_ids?: string[] };
  file_search?: {
    vector_store_ids?: string[];
    /** Create params only: a vector store built from these files. */
    vector_stores?: Array<{
      file_ids?: string[];
      chunking_strategy?: { type: "auto" } | { type: "static"; static: { max_chunk_size_tokens: number; chunk_overlap_tokens: number } };
      metadata?: Metadata;
    }>;
  };
}

/** `"auto"`, plain text, a JSON object, or a JSON schema. */
export type AssistantResponseFormat =
  | "auto"
  | { type: "text" }
  | { type: "json_object" }
  | { type: "json_schema"; json_schema: { name: string; description?: string; schema?: Record<string, unknown>; strict?: boolean | null } };

/** Which tool the model must use: none, auto, required, or a named tool. */
export type AssistantToolChoice =
  | "none"
  | "auto"
  | "required"
  | { type: "function" | "code_interpreter" | "file_search"; function?: { name: string } };

/**
 * An assistant: a model with instructions and tools.
 *
 * @example
 * const [status, assistant] = await assistants("asst_abc123");
 * if (status === "ok") console.log(assistant.name, assistant.tools.map((t) => t.type));
 */
export interface Assistant {
  id: string;
  object: "assistant";
  created_at: number;
  name: string | null;
  description: string | null;
  model: string;
  instructions: string | null;
  tools: AssistantTool[];
  metadata: Metadata | null;
  tool_resources?: AssistantToolResources | null;
  temperature?: number | null;
  top_p?: number | null;
  response_format?: AssistantResponseFormat | null;
  /** Assistants v1 only. */
  file_ids?: string[];
}

/** Params of `assistantsCreate`. */
export interface AssistantCreateParams {
  model: string;
  name?: string | null;
  description?: string | null;
  instructions?: string | null;
  tools?: AssistantTool[];
  tool_resources?: AssistantToolResources | null;
  metadata?: Metadata | null;
  temperature?: number | null;
  top_p?: number | null;
  response_format?: AssistantResponseFormat | null;
  reasoning_effort?: ReasoningEffort | null;
  /** Assistants v1 only (use `tool_resources` in v2). */
  file_ids?: string[];
}

/** Params of `assistantsModify`: any field of the create params. */
export type AssistantModifyParams = Partial<AssistantCreateParams>;

/** Query params of `assistants()` and `assistantFiles()`. */
export type AssistantListParams = ListParams;

/**
 * A file attached to an assistant (assistants v1).
 *
 * @deprecated Assistants v1 only; attach files through `tool_resources` (vector stores) in v2.
 */
export interface AssistantFile {
  id: string;
  object: "assistant.file";
  created_at: number;
  assistant_id: string;
}

/** Params of `assistantFileCreate` (assistants v1). */
export interface AssistantFileCreateParams {
  /** A File with `purpose: "assistants"`. */
  file_id: string;
}
