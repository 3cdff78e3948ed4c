// Public functions of this resource, re-exported by src/index.ts.
export { chatkitSessionsCreate } from "./chatkitSessionsCreate";
export { chatkitSessionsCancel } from "./chatkitSessionsCancel";
export { chatkitThreads } from "./chatkitThreads";
export { chatkitThreadsDelete } from "./chatkitThreadsDelete";
export { chatkitThreadItems } from "./chatkitThreadItems";
