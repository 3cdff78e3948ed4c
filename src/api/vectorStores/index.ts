// Public functions of this resource, re-exported by src/index.ts.
export { vectorStoreFile } from "./vectorStoreFile";
export { vectorStoreFileBatch } from "./vectorStoreFileBatch";
export { vectorStoreFileBatchCancel } from "./vectorStoreFileBatchCancel";
export { vectorStoreFileBatchCreate } from "./vectorStoreFileBatchCreate";
export { vectorStoreFileBatchFiles } from "./vectorStoreFileBatchFiles";
export { vectorStoreFileContent } from "./vectorStoreFileContent";
export { vectorStoreFileCreate } from "./vectorStoreFileCreate";
export { vectorStoreFileDelete } from "./vectorStoreFileDelete";
export { vectorStoreFileModify } from "./vectorStoreFileModify";
export { vectorStoreFiles } from "./vectorStoreFiles";
export { vectorStores } from "./vectorStores";
export { vectorStoresCreate } from "./vectorStoresCreate";
export { vectorStoresDelete } from "./vectorStoresDelete";
export { vectorStoresModify } from "./vectorStoresModify";
export { vectorStoresSearch } from "./vectorStoresSearch";
