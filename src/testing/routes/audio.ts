import type { MockHandler } from "../types";

export const audioRoutes: Record<string, MockHandler> = {};
