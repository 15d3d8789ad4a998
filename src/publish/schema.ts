import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** One Ajv for every schema here: draft 2020-12 (the feed schema's), with formats (date-time, uri-reference). */
export const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true });
addFormats(ajv);

/** An Ajv error as `JSON-Pointer: what is wrong`. */
export function describeError(error: ErrorObject): { pointer: string; message: string } {
  const pointer = error.instancePath || '/';
  if (error.propertyName !== undefined) return { pointer, message: `name "${error.propertyName}" ${error.message}` };
  if (error.keyword === 'required') return { pointer, message: `missing "${String(error.params.missingProperty)}"` };
  if (error.keyword === 'additionalProperties') {
    return { pointer, message: `unknown field "${String(error.params.additionalProperty)}"` };
  }
  // A pattern means little to a reader; the schema's description of the field says what is expected.
  if (error.keyword === 'pattern' && error.parentSchema?.description) {
    return { pointer, message: `does not match: ${String(error.parentSchema.description)}` };
  }
  return { pointer, message: error.message ?? error.keyword };
}
