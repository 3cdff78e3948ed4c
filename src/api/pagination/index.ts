// Public functions of this resource, re-exported by src/index.ts.
export { paginate } from "./paginate";
export type { PageItem, PaginateArgs } from "./paginate";
