import embeddings from "../../../fixtures/embeddings.json";
import moderation from "../../../fixtures/moderation.json";
import type { MockHandler } from "../types";
import { unknownModel } from "./util";

export const embeddingRoutes: Record<string, MockHandler> = {
  "POST /embeddings": (request) => unknownModel(request) ?? { body: embeddings },
  "POST /moderations": (request) => unknownModel(request) ?? { body: moderation },
};
