// URL building on its own: the exact path or the exact argument error.
import { describe, expect, it } from "vitest";
import { encodeSegment, fillPath, joinUrl } from "../../src/_internal/url";

describe("fillPath", () => {
  it("fills every slot with its encoded id", () => {
    expect(fillPath("/threads/{thread_id}/runs/{run_id}", { thread_id: "thread_1", run_id: "a/b c" })).toBe("/threads/thread_1/runs/a%2Fb%20c");
  });

  it("returns the template as it is without ids", () => {
    expect(fillPath("/models/{model}", undefined)).toBe("/models/{model}");
  });

  it.each([
    [".", 'model must be an id, got "."'],
    ["..", 'model must be an id, got ".."'],
    ["", "model must be a non-empty string, got an empty string"],
    [undefined, "model must be a non-empty string, got undefined"],
    [7, "model must be a non-empty string, got number"],
  ])("rejects %j with an argument error naming the slot", (id, message) => {
    expect(fillPath("/models/{model}", { model: id })).toEqual({ kind: "argument", argument: "model", message });
  });

  it("names the first bad id when several are bad", () => {
    expect(fillPath("/a/{first}/b/{second}", { first: "", second: "" })).toMatchObject({ kind: "argument", argument: "first" });
  });

  it("keeps an id that merely contains dots", () => {
    expect(fillPath("/files/{id}", { id: "...a." })).toBe("/files/...a.");
  });
});

describe("joinUrl", () => {
  it("puts exactly one slash between base and path", () => {
    expect(joinUrl("http://h/v1", "/models")).toBe("http://h/v1/models");
    expect(joinUrl("http://h/v1///", "/models")).toBe("http://h/v1/models");
    expect(joinUrl("http://h/v1/", "models")).toBe("http://h/v1/models");
    expect(joinUrl("http://h/v1//x", "models")).toBe("http://h/v1//x/models");
  });
});

describe("encodeSegment", () => {
  it("keeps : @ $ & + , ; = and encodes / ? # % spaces and non-ASCII", () => {
    expect(encodeSegment("ft:gpt-4o-mini:acme::abc@$&+,;=")).toBe("ft:gpt-4o-mini:acme::abc@$&+,;=");
    expect(encodeSegment("a/b?c#d%e f\u00e9")).toBe("a%2Fb%3Fc%23d%25e%20f%C3%A9");
  });
});
