// Reading parsed JSON whose shape nobody promised: the widgets' feed validation and the publisher's
// source readers share these, so every reader treats a wrong type the same way.

/** A JSON object (not an array, not null). */
export type JsonObject = Record<string, unknown>;

/** Whether a parsed JSON value is an object (not an array, not null). */
export const isRecord = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value if it is an object, else an empty one: `record(a).b` reads a field of anything. */
export const record = (value: unknown): JsonObject => (isRecord(value) ? value : {});

/** The value if it is a string, else undefined. */
export const string = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
