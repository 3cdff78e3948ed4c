/** Types of this resource, field names as on the wire. */
export {};
