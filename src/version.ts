/**
 * The version of openai-ex, sent in `User-Agent: openai-ex/<version>` (a test keeps it equal to package.json).
 *
 * @example
 * console.log(VERSION); // "0.1.0"
 */
export const VERSION = "0.1.0";
