/**
 * A server that answers one SSE frame and then stays silent, telling when the client closes the
 * connection: the way to prove that `stream.abort()` really lets the socket go.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Config } from "../../src/index";
import { TEST_KEY } from "./mock";

export interface HangingServer {
  config: Config;
  /** Resolves when the client closed the connection (a test awaiting it times out otherwise). */
  sawClose: Promise<void>;
  close: () => Promise<void>;
}

/** Starts the server on 127.0.0.1; every request gets `firstFrame` and then nothing. */
export async function hangingServer(firstFrame: string): Promise<HangingServer> {
  let closed!: () => void;
  const sawClose = new Promise<void>((resolve) => (closed = resolve));
  const server = createServer((req, res) => {
    req.resume();
    res.on("close", () => closed());
    req.on("end", () => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write(firstFrame);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    config: { apiUrl: `http://127.0.0.1:${port}/v1`, apiKey: TEST_KEY },
    sawClose,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
