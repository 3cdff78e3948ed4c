import type { MockHandler } from "../types";

export const responsesRoutes: Record<string, MockHandler> = {};
