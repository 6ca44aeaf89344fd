const STORED_ID = /^[0-9a-fA-F]{24}$/;

/** Whether a string can be the id of a stored document (a MongoDB ObjectId in hex). */
export function isStoredId(id: string): boolean {
  return STORED_ID.test(id);
}
