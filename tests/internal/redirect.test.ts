// Redirect rules on their own: which answers are followed, what the route becomes, what is released.
import { describe, expect, it } from "vitest";
import { networkError } from "../../src/errors";
import { followRedirect, isRedirectRefusal, sameOrigin, type Route } from "../../src/_internal/redirect";

const FROM = "http://127.0.0.1:9/v1/chat/completions";
const route = (extra: Partial<Route> = {}): Route => ({
  url: FROM,
  method: "POST",
  headers: { authorization: "Bearer k", "content-type": "application/json", accept: "application/json" },
  body: '{"a":1}',
  redirects: 0,
  ...extra,
});
/** A redirect whose body records whether it was cancelled. */
function answer(status: number, location?: string): { response: Response; cancelled: () => boolean } {
  let cancelled = false;
  const body = new ReadableStream({ cancel: () => void (cancelled = true) });
  const response = new Response(body, { status, headers: location === undefined ? {} : { location } });
  return { response, cancelled: () => cancelled };
}

describe("sameOrigin", () => {
  it("resolves a relative or absolute same-origin location to its absolute URL", () => {
    expect(sameOrigin(FROM, "/v1/moved?x=1")).toBe("http://127.0.0.1:9/v1/moved?x=1");
    expect(sameOrigin(FROM, "other")).toBe("http://127.0.0.1:9/v1/chat/other");
    expect(sameOrigin(FROM, "http://127.0.0.1:9/v2")).toBe("http://127.0.0.1:9/v2");
  });

  it("is undefined for another origin (host, port or scheme), no location, an empty one, or an unparsable one", () => {
    for (const location of ["http://localhost:9/v1", "http://127.0.0.1:10/v1", "https://127.0.0.1:9/v1", null, "", "http://[bad"])
      expect(sameOrigin(FROM, location)).toBe(undefined);
    expect(sameOrigin("not a url", "/v1")).toBe(undefined);
  });
});

describe("isRedirectRefusal", () => {
  it("is true only for a network error whose cause mentions a redirect, in any case", () => {
    expect(isRedirectRefusal(networkError(new TypeError("fetch failed", { cause: new Error("unexpected Redirect") }), "POST /files"))).toBe(true);
    expect(isRedirectRefusal(networkError(new TypeError("fetch failed", { cause: new Error("ECONNRESET") }), "POST /files"))).toBe(false);
  });
});

describe("followRedirect", () => {
  it.each([300, 301, 302, 307, 308, 399])("follows a same-origin %i, keeping method, body and headers, and releases its body", async (status) => {
    const current = route();
    const { response, cancelled } = answer(status, "/v1/moved");
    expect(await followRedirect(current, response)).toBe(true);
    expect(current).toEqual({ ...route(), url: "http://127.0.0.1:9/v1/moved", redirects: 1 });
    expect(cancelled()).toBe(true);
  });

  it("turns a 303 into a GET without body or Content-Type, keeping the other headers", async () => {
    const current = route({ redirects: 2 });
    expect(await followRedirect(current, answer(303, "/v1/result").response)).toBe(true);
    expect(current).toEqual({
      url: "http://127.0.0.1:9/v1/result",
      method: "GET",
      headers: { authorization: "Bearer k", accept: "application/json" },
      body: undefined,
      redirects: 3,
    });
  });

  it.each([200, 299, 400, 404, 503])("does not follow a %i, even with a Location", async (status) => {
    const current = route();
    const { response, cancelled } = answer(status, "/v1/moved");
    expect(await followRedirect(current, response)).toBe(false);
    expect(current).toEqual(route());
    expect(cancelled()).toBe(false); // the caller still reads the error body
  });

  it("follows the fifth redirect but not a sixth", async () => {
    const fifth = route({ redirects: 4 });
    expect(await followRedirect(fifth, answer(302, "/v1/again").response)).toBe(true);
    expect(fifth.redirects).toBe(5);
    const sixth = route({ redirects: 5 });
    expect(await followRedirect(sixth, answer(302, "/v1/again").response)).toBe(false);
    expect(sixth).toEqual(route({ redirects: 5 }));
  });

  it("never follows for an upload, nor to another origin, nor without a Location", async () => {
    const form = new FormData();
    const upload = route({ body: form });
    expect(await followRedirect(upload, answer(307, "/v1/moved").response)).toBe(false);
    expect(upload.url).toBe(FROM);
    for (const location of ["http://localhost:9/v1/moved", undefined]) {
      const current = route();
      expect(await followRedirect(current, answer(302, location).response)).toBe(false);
      expect(current).toEqual(route());
    }
  });

  it("follows a redirect that has no body", async () => {
    const current = route();
    expect(await followRedirect(current, new Response(null, { status: 302, headers: { location: "/v1/x" } }))).toBe(true);
    expect(current.url).toBe("http://127.0.0.1:9/v1/x");
  });
});
