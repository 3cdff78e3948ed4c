/** Types of content provenance checks (`/content_provenance_checks`), from the generated spec types. */
import type { Schemas } from "./schema";

/**
 * The result of a provenance check: C2PA and SynthID findings for the file.
 *
 * @example
 * const [status, check] = await contentProvenanceChecksCreate("./photo.png");
 * if (status === "ok") for (const result of check.results) console.log(result.type);
 */
export type ContentProvenanceCheck = Schemas["ProvenanceResource"];
