/**
 * Every operation whose spec puts query parameters beside a request body, computed from the spec files:
 * each must be handled here, and each of its query parameters must travel in the query (arrays with
 * brackets), never in the JSON body. A new such operation, or a new query parameter of one, fails this file.
 */
import { describe, expect, it } from "vitest";
import { conversationItemsCreate, threadRunCreate, type Config, type Result } from "../../src/index";
import { specOperationsWithQueryBesideBody, specPath, type SpecFile } from "../_helpers/openapiQuery";
import { useMockServer } from "../_helpers/mock";

const mock = useMockServer();

/** operationId → a call of our function with its required body fields and the given query params. */
const HANDLED: Record<string, (query: Record<string, unknown>, config: Config) => Promise<Result<unknown>>> = {
  createConversationItems: (query, config) =>
    conversationItemsCreate("conv_123", { items: [{ type: "message", role: "user", content: "Hi" }], ...query }, config),
  createRun: (query, config) => threadRunCreate("thread_abc123", { assistant_id: "asst_abc123", ...query }, config),
};

/** The spec name without brackets: the name our params use (`include[]` → `include`). */
const plain = (name: string) => name.replace(/\[\]$/, "");

for (const spec of ["latest", "2023-12"] satisfies SpecFile[]) {
  describe.skipIf(!specPath(spec))(`query parameters beside a body (${spec} spec, ${specPath(spec)})`, () => {
    const { found, scanned } = specOperationsWithQueryBesideBody(spec) ?? { found: [], scanned: 0 };

    it("the spec was understood (its operations were scanned)", () => {
      expect(scanned).toBeGreaterThan(50);
    });

    it.each(found.map((op) => [op.operationId, op] as const))("%s is handled: its query parameters go in the query, not the body", async (operationId, op) => {
      const call = HANDLED[operationId];
      expect(call, `${op.operation} (${operationId}) takes query parameters beside a body: handle it in HANDLED`).toBeDefined();
      const query = Object.fromEntries(
        op.query.map((p) => [plain(p.name), p.array ? [`sample_${plain(p.name)}_1`, `sample_${plain(p.name)}_2`] : `sample_${plain(p.name)}`]),
      );
      await call!(query, mock.config());
      const request = mock.server.lastRequest();
      expect(request?.method).toBe(op.operation.split(" ")[0]);
      const expected = Object.fromEntries(op.query.map((p) => [p.array ? `${plain(p.name)}[]` : p.name, query[plain(p.name)]]));
      expect(request?.query).toEqual(expected);
      for (const p of op.query) {
        expect(request?.json).not.toHaveProperty([plain(p.name)]);
        expect(request?.json).not.toHaveProperty([p.name]);
      }
    });
  });
}
