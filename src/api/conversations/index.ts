// Public functions of this resource, re-exported by src/index.ts.
export { conversationItem } from "./conversationItem";
export { conversationItemDelete } from "./conversationItemDelete";
export { conversationItems } from "./conversationItems";
export { conversationItemsCreate } from "./conversationItemsCreate";
export { conversations } from "./conversations";
export { conversationsCreate } from "./conversationsCreate";
export { conversationsDelete } from "./conversationsDelete";
export { conversationsModify } from "./conversationsModify";
