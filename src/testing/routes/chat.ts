import chatCompletion from "../../../fixtures/chat_completion.json";
import type { MockHandler } from "../types";
import { unknownModel } from "./util";

export const chatRoutes: Record<string, MockHandler> = {
  "POST /chat/completions": (request) => unknownModel(request) ?? { body: chatCompletion },
};
