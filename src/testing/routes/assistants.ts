import type { MockHandler } from "../types";

export const assistantsRoutes: Record<string, MockHandler> = {};
