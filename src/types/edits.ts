/** Edits (POST /edits), retired by OpenAI. */
import type { CompletionUsage } from "./chat";

/** Params of `edits`. */
export interface EditParams {
  /** e.g. `text-davinci-edit-001`. */
  model: string;
  /** How to edit the input. */
  instruction: string;
  /** The text to edit; default empty. */
  input?: string | null;
  n?: number | null;
  temperature?: number | null;
  top_p?: number | null;
}

/** What `edits` returns. */
export interface Edit {
  object: "edit";
  created: number;
  choices: Array<{ text: string; index: number; finish_reason?: "stop" | "length" }>;
  usage: CompletionUsage;
}
