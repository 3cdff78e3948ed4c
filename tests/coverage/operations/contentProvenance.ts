/** Content provenance checks (issue 15): "METHOD /path" as in fixtures/openapi/latest.yaml → function. */
export const operations: Record<string, string> = {
  "POST /content_provenance_checks": "contentProvenanceChecksCreate",
};
