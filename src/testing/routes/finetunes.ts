import type { MockHandler } from "../types";

export const finetunesRoutes: Record<string, MockHandler> = {};
