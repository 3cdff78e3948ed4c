/**
 * The loop `runTools` and `responsesRunTools` share: check the options, then request, run the calls
 * the reply asks for, hand their outputs back, until a reply asks for none (or `maxRounds`, an abort,
 * an API error or a throwing `onRound` ends it). The two callers differ only in how a reply is
 * recorded in their transcript and how outputs go back, which they pass as a `ToolTurn`.
 */
import type { Config } from "../../config";
import { abortedError, argumentError, type OpenAIError } from "../../errors";
import type { ResponseMeta, Result } from "../../result";
import { loopConfig, untilAborted } from "./loopSignal";
import type { PreparedTools } from "./prepareTools";
import { runCalls, type ToolCallOutcome } from "./runCalls";
import { describeError } from "./schema";

type Call = Parameters<typeof runCalls>[0][number];

/** The options both loops take (`onRound` gets each loop's own round record). */
export interface ToolLoopOptions<Round> {
  maxRounds?: number;
  signal?: AbortSignal;
  onRound?: (round: Round) => unknown;
}

/** What a caller of `toolLoop` does in each round. */
export interface ToolTurn<Reply, Round> {
  /** Sends round `round`'s request (the config carries the loop's signal). */
  request(round: number, config: Config | undefined): Promise<Result<Reply>>;
  /** Records the reply in the transcript; returns the function calls it asks for, or an error when it is unusable. */
  reply(reply: Reply, round: number): Call[] | OpenAIError;
  /** Records the outputs of the round's calls in the transcript (none in the final round). */
  outputs(outcomes: ToolCallOutcome[], reply: Reply): void;
  /** The record `onRound` gets. */
  round(round: number, reply: Reply, outcomes: ToolCallOutcome[]): Round;
}

/** The loop's end: the final reply, or an error; `rounds` is the number of requests made. */
export type ToolLoopEnd<Reply> = { rounds: number } & ({ reply: Reply; meta: ResponseMeta } | { error: OpenAIError });

/**
 * Runs the loop. `name` prefixes messages (`runTools: …`); `continueFrom` names the transcript an error
 * carries, for the `maxRounds` message.
 */
export async function toolLoop<Reply, Round>(
  name: string,
  continueFrom: string,
  tools: PreparedTools,
  options: ToolLoopOptions<Round> | undefined,
  config: Config | undefined,
  turn: ToolTurn<Reply, Round>,
): Promise<ToolLoopEnd<Reply>> {
  const checked = checkOptions(name, options);
  if ("kind" in checked) return { rounds: 0, error: checked };
  const { maxRounds, signal, onRound } = checked;
  const roundConfig = loopConfig(config, signal);
  for (let rounds = 1; ; rounds++) {
    if (signal?.aborted) return { rounds: rounds - 1, error: abortedError(name) };
    const result = await turn.request(rounds, roundConfig);
    if (result[0] === "error") return { rounds, error: result[1] };
    const [, reply, meta] = result;
    const calls = turn.reply(reply, rounds);
    if (!Array.isArray(calls)) return { rounds, error: calls };
    const outcomes = calls.length === 0 ? [] : await untilAborted(runCalls(calls, tools.runners, rounds, signal), signal);
    if (outcomes === "aborted") return { rounds, error: abortedError(name) };
    turn.outputs(outcomes, reply);
    if (onRound) {
      try {
        await onRound(turn.round(rounds, reply, outcomes));
      } catch (error) {
        return { rounds, error: argumentError("options.onRound", `${name}: onRound threw in round ${rounds}: ${describeError(error)}`) };
      }
    }
    if (calls.length === 0) return { rounds, reply, meta };
    if (rounds >= maxRounds) {
      const message = `${name}: the model still called tools after ${rounds} round(s) (maxRounds ${maxRounds}); raise maxRounds, or continue from the error's ${continueFrom}`;
      return { rounds, error: argumentError("options.maxRounds", message) };
    }
  }
}

function checkOptions<Round>(
  name: string,
  options: ToolLoopOptions<Round> | undefined,
): { maxRounds: number; signal?: AbortSignal; onRound?: (round: Round) => unknown } | OpenAIError {
  const { maxRounds = 10, signal, onRound } = options ?? {};
  if (!Number.isInteger(maxRounds) || maxRounds < 1)
    return argumentError("options.maxRounds", `maxRounds must be a positive integer, got ${String(maxRounds)}`);
  if (signal !== undefined && !(signal instanceof AbortSignal)) return argumentError("options.signal", `${name} options.signal must be an AbortSignal`);
  if (onRound !== undefined && typeof onRound !== "function") return argumentError("options.onRound", `${name} options.onRound must be a function`);
  return { maxRounds, signal, onRound };
}
