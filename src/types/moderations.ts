/** Moderations (POST /moderations). Overlay: none, the spec's request and response as they are. */
import type { Schemas } from "./schema";

/**
 * Params of `moderations`.
 *
 * @example
 * await moderations({ model: "omni-moderation-latest", input: "I want to kill them." });
 */
export type ModerationsParams = Schemas["CreateModerationRequest"];

/** One moderation verdict: per-category flags, scores and the input types each applied to. */
export type ModerationResult = Schemas["CreateModerationResponse"]["results"][number];

/**
 * What `moderations` returns.
 *
 * @example
 * const [status, res] = await moderations({ input: "hello" });
 * if (status === "ok") console.log(res.results[0]?.flagged);
 */
export type Moderation = Schemas["CreateModerationResponse"];
