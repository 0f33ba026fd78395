/** What a library caller passed, for an argument's TypeError (callers from JavaScript are not type-checked): null, an array, or its typeof. */
export function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}
