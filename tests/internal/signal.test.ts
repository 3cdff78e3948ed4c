// The attempt signal on its own, with fake timers: which reason it records, when its timer fires,
// and that it leaves no listener on the caller's signal.
import { getEventListeners } from "node:events";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { attemptSignal } from "../../src/_internal/signal";

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("attemptSignal", () => {
  it("times out after exactly `timeout` ms, not before", () => {
    const attempt = attemptSignal(100, undefined);
    vi.advanceTimersByTime(99);
    expect([attempt.reason(), attempt.signal.aborted]).toEqual([undefined, false]);
    vi.advanceTimersByTime(1);
    expect([attempt.reason(), attempt.signal.aborted]).toEqual(["timeout", true]);
  });

  it.each([0, -1, Number.POSITIVE_INFINITY])("a timeout of %s arms no timer", (timeout) => {
    const attempt = attemptSignal(timeout, undefined);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(3_000_000_000);
    expect([attempt.reason(), attempt.signal.aborted]).toEqual([undefined, false]);
  });

  it("the caller's abort stops the attempt as `aborted`, and the first reason stays", () => {
    const caller = new AbortController();
    const attempt = attemptSignal(100, caller.signal);
    caller.abort();
    expect([attempt.reason(), attempt.signal.aborted]).toEqual(["aborted", true]);
    vi.advanceTimersByTime(100); // the timer firing later does not turn it into a timeout
    expect(attempt.reason()).toBe("aborted");
  });

  it("a timeout stays a timeout when the caller aborts afterwards", () => {
    const caller = new AbortController();
    const attempt = attemptSignal(10, caller.signal);
    vi.advanceTimersByTime(10);
    caller.abort();
    expect(attempt.reason()).toBe("timeout");
  });

  it("an already aborted caller's signal stops the attempt at once and adds no listener", () => {
    const caller = new AbortController();
    caller.abort();
    const attempt = attemptSignal(100, caller.signal);
    expect([attempt.reason(), attempt.signal.aborted]).toEqual(["aborted", true]);
    expect(getEventListeners(caller.signal, "abort")).toHaveLength(0);
  });

  it("abort() stops the attempt as `aborted`", () => {
    const attempt = attemptSignal(100, undefined);
    attempt.abort();
    expect([attempt.reason(), attempt.signal.aborted]).toEqual(["aborted", true]);
  });

  it("clearTimeout() stops the timer", () => {
    const attempt = attemptSignal(100, undefined);
    attempt.clearTimeout();
    vi.advanceTimersByTime(1_000);
    expect(attempt.reason()).toBe(undefined);
  });

  it("restartTimer(ms) replaces the running timer", () => {
    const attempt = attemptSignal(100, undefined);
    vi.advanceTimersByTime(60);
    attempt.restartTimer(100);
    vi.advanceTimersByTime(99); // 159 ms in: the first timer would have fired at 100
    expect(attempt.reason()).toBe(undefined);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(1);
    expect(attempt.reason()).toBe("timeout");
  });

  it("dispose() removes the listener on the caller's signal and the timer", () => {
    const caller = new AbortController();
    const attempt = attemptSignal(100, caller.signal);
    expect(getEventListeners(caller.signal, "abort")).toHaveLength(1);
    attempt.dispose();
    attempt.dispose(); // twice is fine
    expect(getEventListeners(caller.signal, "abort")).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);
    caller.abort();
    vi.advanceTimersByTime(1_000);
    expect([attempt.reason(), attempt.signal.aborted]).toEqual([undefined, false]);
  });
});
