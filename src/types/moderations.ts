/** Moderations (POST /moderations). */

/** Params of `moderations`. */
export interface ModerationsParams {
  /** Text, texts, or (omni models) an array of text and image parts. */
  input: string | string[] | Array<{ type: "text"; text: string } | { type: "image_url"; image_url: { url: string } }>;
  /** e.g. `omni-moderation-latest`, `text-moderation-latest`. */
  model?: string;
}

/** One moderation verdict. */
export interface ModerationResult {
  flagged: boolean;
  categories: Record<string, boolean>;
  category_scores: Record<string, number>;
  category_applied_input_types?: Record<string, string[]>;
}

/** What `moderations` returns. */
export interface Moderation {
  id: string;
  model: string;
  results: ModerationResult[];
}
