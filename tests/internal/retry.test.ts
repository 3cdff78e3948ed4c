// The retry policy on its own: the exact wait (or stop) for each failure, the server's wait read from
// each header form, and sleep() with fake timers.
import { getEventListeners } from "node:events";
import { afterEach, describe, expect, it, vi } from "vitest";
import { networkError, type OpenAIError } from "../../src/errors";
import { errorFromStatus } from "../../src/_internal/response";
import { backoffMs, isRetryableStatus, nextWait, retryAfterMs, sleep } from "../../src/_internal/retry";

const policy = { retry: 2, retryDelay: 400, maxRetryAfter: 60_000 };
const api = (status: number, retryAfter?: number): OpenAIError => errorFromStatus(status, {}, '{"error":{"message":"no"}}', "GET /models", retryAfter);

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe("nextWait", () => {
  it("stops once `retry` extra attempts were made", () => {
    expect(nextWait(api(503, 5), 1, policy)).toBe(5);
    expect(nextWait(api(503, 5), 2, policy)).toBe("stop");
    expect(nextWait(api(503, 5), 0, { ...policy, retry: 0 })).toBe("stop");
  });

  it("waits the backoff after a network error, and stops after a refused upload redirect", () => {
    vi.spyOn(Math, "random").mockReturnValue(0);
    expect(nextWait(networkError(new TypeError("fetch failed", { cause: new Error("ECONNRESET") }), "GET /models"), 1, policy)).toBe(800);
    const refused = networkError(new TypeError("fetch failed", { cause: new Error("unexpected redirect") }), "POST /files");
    expect(nextWait(refused, 0, policy)).toBe("stop");
  });

  it("retries 408, 409, 429 and 5xx api and http errors, with the backoff when no wait was asked", () => {
    vi.spyOn(Math, "random").mockReturnValue(0);
    for (const status of [408, 409, 429, 500, 599]) expect(nextWait(api(status), 0, policy)).toBe(400);
    expect(nextWait(errorFromStatus(502, {}, "<html>", "GET /models", undefined), 0, policy)).toBe(400);
    for (const status of [400, 401, 404, 410, 499]) expect(nextWait(api(status), 0, policy)).toBe("stop");
  });

  it("takes the server's wait unless it is longer than maxRetryAfter", () => {
    expect(nextWait(api(429, 0), 0, policy)).toBe(0);
    expect(nextWait(api(429, 60_000), 0, policy)).toBe(60_000);
    expect(nextWait(api(429, 60_001), 0, policy)).toBe("stop");
  });

  it("never retries timeouts, aborts and the other kinds", () => {
    for (const failure of [
      { kind: "timeout", message: "t", timeout: 5 },
      { kind: "aborted", message: "a" },
      { kind: "parse", message: "p", body: "" },
    ] as OpenAIError[])
      expect(nextWait(failure, 0, policy)).toBe("stop");
  });
});

describe("isRetryableStatus", () => {
  it("is true for 408, 409, 429 and 500 up, false around them", () => {
    expect([407, 408, 409, 410, 428, 429, 430, 499, 500, 501].map(isRetryableStatus)).toEqual([
      false,
      true,
      true,
      false,
      false,
      true,
      false,
      false,
      true,
      true,
    ]);
  });
});

describe("retryAfterMs", () => {
  const read = (headers: Record<string, string>, now?: number) => retryAfterMs(new Headers(headers), now);

  it("reads retry-after-ms, rounded up, and lets it win over Retry-After", () => {
    expect(read({ "retry-after-ms": "1.2" })).toBe(2);
    expect(read({ "retry-after-ms": "0", "retry-after": "3" })).toBe(0);
    expect(read({ "retry-after-ms": "250", "retry-after": "3" })).toBe(250);
  });

  it("falls back to Retry-After when retry-after-ms is negative or not a number", () => {
    expect(read({ "retry-after-ms": "-1", "retry-after": "3" })).toBe(3_000);
    expect(read({ "retry-after-ms": "soon", "retry-after": "3" })).toBe(3_000);
  });

  it("reads Retry-After as seconds, rounded up to a whole ms, spaces trimmed", () => {
    expect(read({ "retry-after": "0.0001" })).toBe(1);
    expect(read({ "retry-after": " 2 " })).toBe(2_000);
    expect(read({ "retry-after": "0" })).toBe(0);
  });

  it("gives undefined for no header, an empty one, a negative or infinite number, or a word", () => {
    for (const headers of <Array<Record<string, string>>>[
      {},
      { "retry-after": "" },
      { "retry-after": "-1" },
      { "retry-after": "Infinity" },
      { "retry-after": "soon" },
    ])
      expect(read(headers)).toBe(undefined);
  });

  it("reads an HTTP date against `now`, a past date as 0", () => {
    const now = Date.parse("Fri, 04 Dec 2026 12:00:00 GMT");
    expect(read({ "retry-after": "Fri, 04 Dec 2026 12:00:30 GMT" }, now)).toBe(30_000);
    expect(read({ "retry-after": "Fri, 04 Dec 2026 11:59:00 GMT" }, now)).toBe(0);
  });
});

describe("backoffMs", () => {
  it("is base·2ⁿ with no jitter at random 0, and 75 % of it at random → 1, capped at 8 s", () => {
    vi.spyOn(Math, "random").mockReturnValue(0);
    expect([0, 1, 2, 5].map((n) => backoffMs(n, 300))).toEqual([300, 600, 1_200, 8_000]);
    vi.spyOn(Math, "random").mockReturnValue(0.999_999);
    expect(backoffMs(0, 1_000)).toBe(750);
    expect(backoffMs(1, 333)).toBe(500); // 666 · 0.75 = 499.5, rounded
  });
});

describe("sleep", () => {
  it("resolves true after exactly `ms`, leaving no listener", async () => {
    vi.useFakeTimers();
    const caller = new AbortController();
    let slept: boolean | undefined;
    void sleep(100, caller.signal).then((value) => (slept = value));
    expect(getEventListeners(caller.signal, "abort")).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(99);
    expect(slept).toBe(undefined);
    await vi.advanceTimersByTimeAsync(1);
    expect(slept).toBe(true);
    expect(getEventListeners(caller.signal, "abort")).toHaveLength(0);
  });

  it("resolves false as soon as the signal aborts, clearing its timer and listener", async () => {
    vi.useFakeTimers();
    const caller = new AbortController();
    const sleeping = sleep(100, caller.signal);
    caller.abort();
    expect(await sleeping).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
    expect(getEventListeners(caller.signal, "abort")).toHaveLength(0);
  });

  it("resolves at once: true for 0 ms, false for an aborted signal", async () => {
    vi.useFakeTimers();
    expect(await sleep(0, undefined)).toBe(true);
    expect(await sleep(-5, undefined)).toBe(true);
    const caller = new AbortController();
    caller.abort();
    expect(await sleep(100, caller.signal)).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("works without a signal", async () => {
    vi.useFakeTimers();
    const sleeping = sleep(50, undefined);
    await vi.advanceTimersByTimeAsync(50);
    expect(await sleeping).toBe(true);
  });
});
