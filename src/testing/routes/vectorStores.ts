import type { MockHandler } from "../types";

export const vectorStoresRoutes: Record<string, MockHandler> = {};
