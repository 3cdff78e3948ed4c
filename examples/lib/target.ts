/**
 * Where the examples send their requests: the real API when OPENAI_API_KEY is set, otherwise a mock
 * server started on loopback (so every example runs anywhere, with no key and no network).
 */
import type { Config } from "../../src/index";
import { startMockServer, type MockServer } from "../../src/testing/index";

export interface Target {
  /** The config to pass to each call ({} for the real API: the key comes from the environment). */
  config: Config;
  /** True when talking to the mock server. */
  mock: boolean;
  /** The mock server, when there is one (examples script its replies with `server.on`). */
  server?: MockServer;
  /** Stops the mock server, if one was started. */
  close(): Promise<void>;
}

/**
 * Picks the target and says which one it is.
 *
 * @example
 * const target = await chooseTarget();
 * await chatCompletion(params, target.config);
 * await target.close();
 */
export async function chooseTarget(): Promise<Target> {
  if (process.env.OPENAI_API_KEY) {
    console.log("OPENAI_API_KEY is set: calling the real OpenAI API.");
    return { config: {}, mock: false, close: async () => undefined };
  }
  const server = await startMockServer();
  console.log(`No OPENAI_API_KEY: using the mock server at ${server.url} (set the key to call the real API).`);
  return { config: { apiUrl: server.url }, mock: true, server, close: () => server.close() };
}
