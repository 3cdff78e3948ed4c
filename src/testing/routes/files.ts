import type { MockHandler } from "../types";

export const filesRoutes: Record<string, MockHandler> = {};
