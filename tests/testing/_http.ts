/** A raw HTTP request to the mock server with the request target exactly as given (fetch would normalise it). */
import { request } from "node:http";
import type { MockServer } from "../../src/testing/index";

/** The status, headers and body text of a reply. */
export interface RawReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: unknown;
}

/**
 * Sends `method target` to the server's port as is.
 *
 * @example
 * const reply = await send(server, "GET", "//v1/models");
 */
export function send(server: MockServer, method: string, target: string, body?: string, headers: Record<string, string> = {}): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: server.port, method, path: target, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", reject);
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** A POST of `body` (a string, sent as is) with a JSON content type. */
export function postJson(server: MockServer, path: string, body: string): Promise<RawReply> {
  return send(server, "POST", `/v1${path}`, body, { "content-type": "application/json" });
}
