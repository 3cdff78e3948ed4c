/**
 * Assistants (/assistants) and the v1 assistant files (/assistants/{id}/files, 2023-12 spec).
 *
 * Overlay: the v1 (2023-12) forms openai.ex sends stay accepted beside the latest spec's: the
 * `retrieval` tool and `file_ids` on create and modify (servers on assistants=v1 want them).
 */
import type { Query, Schemas, Schemas2023, Flat } from "./schema";

/** A function an assistant may call. */
export type AssistantFunctionDefinition = Schemas["FunctionObject"];

/** The code interpreter tool. */
export type AssistantToolCodeInterpreter = Schemas["AssistantToolsCode"];

/** The file search tool (v2). */
export type AssistantToolFileSearch = Schemas["AssistantToolsFileSearch"];

/** A function tool. */
export type AssistantToolFunction = Schemas["AssistantToolsFunction"];

/** The retrieval tool of assistants v1 (2023-12 spec), replaced by `file_search`. */
export type AssistantToolRetrieval = Schemas2023["AssistantToolsRetrieval"];

/** Any tool of an assistant. */
export type AssistantTool = AssistantToolCodeInterpreter | AssistantToolFileSearch | AssistantToolFunction | AssistantToolRetrieval;

/** Files and vector stores the tools of an assistant use. */
export type AssistantToolResources = NonNullable<Schemas["CreateAssistantRequest"]["tool_resources"]>;

/** The response format of an assistant: `auto`, text, a JSON object or a JSON schema. */
export type AssistantResponseFormat = Schemas["AssistantsApiResponseFormatOption"];

/** Which tool a run may or must call. */
export type AssistantToolChoice = Schemas["AssistantsApiToolChoiceOption"];

/**
 * An assistant.
 *
 * @example
 * const [status, assistant] = await assistants("asst_abc123");
 * if (status === "ok") console.log(assistant.name, assistant.model);
 */
export type Assistant = Flat<Omit<Schemas["AssistantObject"], "tools"> & { tools: AssistantTool[]; file_ids?: string[] }>;

/**
 * Params of `assistantsCreate`.
 *
 * @example
 * await assistantsCreate({ model: "gpt-4o", name: "Math tutor", tools: [{ type: "code_interpreter" }] });
 */
export type AssistantCreateParams = Flat<
  Omit<Schemas["CreateAssistantRequest"], "tools"> & { tools?: AssistantTool[]; file_ids?: Schemas2023["CreateAssistantRequest"]["file_ids"] }
>;

/**
 * Params of `assistantsModify`.
 *
 * @example
 * await assistantsModify("asst_abc123", { name: "Math tutor v2" });
 */
export type AssistantModifyParams = Flat<
  Omit<Schemas["ModifyAssistantRequest"], "tools"> & { tools?: AssistantTool[]; file_ids?: Schemas2023["CreateAssistantRequest"]["file_ids"] }
>;

/** Query of `assistants(params)` and `assistantFiles`. */
export type AssistantListParams = Query<"listAssistants">;

/** A file attached to an assistant (v1, 2023-12 spec). */
export type AssistantFile = Schemas2023["AssistantFileObject"];

/** Params of `assistantFileCreate` (v1, 2023-12 spec). */
export type AssistantFileCreateParams = Schemas2023["CreateAssistantFileRequest"];
