/** The loopback mock server for a test file: started once, reset before each test. */
import { afterAll, beforeAll, beforeEach } from "vitest";
import { resetConfig, type Config } from "../../src/config";
import { startMockServer, type MockServer, type MockServerOptions } from "../../src/testing/index";

/** A key long enough to be scrubbed; tests assert it never shows up in errors. */
export const TEST_KEY = "sk-test-0123456789abcdefSECRET";

/** The rate-limit state the mock server reports by default, as `meta.rateLimit` reads it. */
export const MOCK_RATE_LIMIT = {
  limitRequests: 10000,
  limitTokens: 2000000,
  remainingRequests: 9999,
  remainingTokens: 1999000,
  resetRequests: "6ms",
  resetTokens: "30ms",
};

export interface MockContext {
  /** The running server (valid inside tests). */
  readonly server: MockServer;
  /** A config aimed at the server, with fast retries; `extra` is merged over it. */
  config(extra?: Config): Config;
}

/**
 * Starts a mock server for the current test file.
 *
 * @example
 * const mock = useMockServer();
 * it("lists", async () => { await models(mock.config()); expect(mock.server.lastRequest()?.path).toBe("/models"); });
 */
export function useMockServer(options?: MockServerOptions): MockContext {
  let server: MockServer | undefined;
  beforeAll(async () => {
    server = await startMockServer(options);
  });
  afterAll(async () => {
    await server?.close();
  });
  beforeEach(() => {
    server?.reset();
    resetConfig();
  });
  return {
    get server() {
      if (!server) throw new Error("mock server not started");
      return server;
    },
    config(extra: Config = {}) {
      if (!server) throw new Error("mock server not started");
      const base: Config = { apiUrl: server.url, apiKey: TEST_KEY, httpOptions: { retryDelay: 1 } };
      return { ...base, ...extra, httpOptions: { ...base.httpOptions, ...extra.httpOptions } };
    },
  };
}
