import type { MockHandler } from "../types";

export const conversationsRoutes: Record<string, MockHandler> = {};
