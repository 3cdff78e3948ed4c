// Attempt failures on their own: which error a stopped or failed attempt becomes, word for word.
import { describe, expect, it } from "vitest";
import { attemptFailure, stopFailure } from "../../src/_internal/failure";
import { attemptSignal, type AttemptSignal } from "../../src/_internal/signal";

const KEY = "sk-failure-test-0123456789";
const context = { what: "POST /files", secret: new RegExp(KEY, "g") };

function stoppedBy(why: "timeout" | "aborted" | undefined): AttemptSignal {
  const signal = attemptSignal(0, undefined);
  return { ...signal, reason: () => why };
}

describe("stopFailure", () => {
  it("is an aborted error when the caller's signal fired", () => {
    expect(stopFailure(stoppedBy("aborted"), 5, "GET /models", "request")).toEqual({
      kind: "aborted",
      message: "GET /models was aborted by the caller's signal",
    });
  });

  it("is a timeout carrying the limit, named as the stream's idle timeout for a stream", () => {
    expect(stopFailure(stoppedBy("timeout"), 5, "GET /models", "body")).toMatchObject({
      kind: "timeout",
      timeout: 5,
      message: expect.stringContaining("GET /models"),
    });
    expect(stopFailure(stoppedBy("timeout"), 5, "GET /models", "request")).not.toMatchObject({ message: expect.stringContaining("stream idle") });
    expect(stopFailure(stoppedBy("timeout"), 7, "POST /responses", "stream")).toMatchObject({
      kind: "timeout",
      timeout: 7,
      message: expect.stringContaining("POST /responses (stream idle)"),
    });
  });

  it("is undefined when our signal did not fire", () => {
    expect(stopFailure(stoppedBy(undefined), 5, "GET /models", "request")).toBe(undefined);
  });
});

describe("attemptFailure", () => {
  const cause = new TypeError("fetch failed", { cause: new Error(`connect ECONNREFUSED (key ${KEY})`) });

  it("prefers the stop reason over the cause", () => {
    expect(attemptFailure(stoppedBy("aborted"), context, 5, cause)).toEqual({ kind: "aborted", message: "POST /files was aborted by the caller's signal" });
  });

  it("is a network error naming the phase, with the key scrubbed from message and cause", () => {
    const during = (phase?: "request" | "body" | "stream") => attemptFailure(stoppedBy(undefined), context, 5, cause, phase);
    expect(during()).toEqual({
      kind: "network",
      cause: "fetch failed: connect ECONNREFUSED (key [redacted])",
      message: "Network error during POST /files: fetch failed: connect ECONNREFUSED (key [redacted]); check apiUrl and your connection",
    });
    expect(during("request").message).toBe(during().message);
    expect(during("body").message).toContain("during POST /files (reading the body): ");
    expect(during("stream").message).toContain("during POST /files (reading the stream): ");
  });

  it("says how to fix an upload refused for a redirect", () => {
    const refused = attemptFailure(stoppedBy(undefined), context, 5, new TypeError("fetch failed", { cause: new Error("unexpected redirect") }));
    expect(refused.message).toBe(
      "Network error during POST /files: fetch failed: unexpected redirect; check apiUrl and your connection (the server answered an upload with a redirect; uploads never follow redirects: point apiUrl at the final URL)",
    );
  });
});
