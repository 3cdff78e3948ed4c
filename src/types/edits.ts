/** Edits (POST /edits), retired by OpenAI: types from the 2023-12 spec. Overlay: none. */
import type { Schemas2023 } from "./schema";

/**
 * Params of `edits`.
 *
 * @example
 * await edits({ model: "text-davinci-edit-001", input: "What day of the wek is it?", instruction: "Fix the spelling mistakes" });
 */
export type EditParams = Schemas2023["CreateEditRequest"];

/** What `edits` returns. */
export type Edit = Schemas2023["CreateEditResponse"];
