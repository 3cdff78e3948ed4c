// Public functions of this resource, re-exported by src/index.ts.
export { request } from "./request";
export { requestStream } from "./requestStream";
