import { describe, expect, it } from "vitest";
import { contentProvenanceChecksCreate } from "../../src/index";
import checkFixture from "../../fixtures/contentProvenance_check.json";
import { useMockServer } from "../_helpers/mock";

const mock = useMockServer();
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

describe("contentProvenanceChecksCreate", () => {
  it("uploads the file as multipart and answers the check", async () => {
    expect(await contentProvenanceChecksCreate({ data: png, filename: "photo.png" }, mock.config())).toEqual([
      "ok",
      checkFixture,
      expect.objectContaining({ status: 200 }),
    ]);
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "POST", path: "/content_provenance_checks", query: {} });
    expect(seen?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen?.multipart).toMatchObject({ fields: {}, files: [{ field: "file", filename: "photo.png", size: png.length, data: png }] });
  });

  it("a Blob is sent too; a missing path is a file error and nothing is sent", async () => {
    expect((await contentProvenanceChecksCreate(new Blob([png]), mock.config()))[0]).toBe("ok");
    mock.server.reset();
    expect((await contentProvenanceChecksCreate("/no/such/photo.png", mock.config()))[1]).toMatchObject({ kind: "file" });
    expect((await contentProvenanceChecksCreate(42 as never, mock.config()))[0]).toBe("error");
    expect(mock.server.requests).toHaveLength(0);
  });
});
