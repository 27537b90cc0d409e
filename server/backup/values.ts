import type { TypedProperty } from "../repositories/backup";

/**
 * Property values in a backup. JSON says string, boolean and (finite) float on its own, and a
 * restored JS number is stored as a float again, so those stay plain. Everything JSON would blur
 * (integers beyond 2^53, NaN, temporal values, lists of them) is tagged with its Cypher type and
 * its exact text, which Cypher parses back on restore.
 */
export type Tagged = { readonly $type: string; readonly value: string | readonly string[] };
export type StoredValue = string | number | boolean | readonly (string | number | boolean)[] | Tagged;

const plainTypes = new Set(["STRING", "BOOLEAN", "LIST<STRING>", "LIST<BOOLEAN>", "LIST<NOTHING>"]);
const textTypes = new Set(["INTEGER", "ZONED DATETIME", "LOCAL DATETIME", "DATE", "ZONED TIME", "LOCAL TIME", "DURATION"]);

/** Every `$type` a backup may hold: the text types, floats JSON cannot write (NaN), and lists of them. */
export const taggedTypes = ["FLOAT", ...textTypes].flatMap((type) => [type, `LIST<${type}>`]);

export class UnsupportedValueError extends Error {}

/** `LIST<INTEGER NOT NULL> NOT NULL` → `LIST<INTEGER>`. */
export const cypherType = (valueType: string) => valueType.replaceAll(" NOT NULL", "");

export function encodeProperties(properties: readonly TypedProperty[]): Record<string, StoredValue> {
  const encoded: Record<string, StoredValue> = {};
  for (const [key, valueType, value] of properties) encoded[key] = encodeValue(key, cypherType(valueType), value);
  return encoded;
}

function encodeValue(key: string, type: string, value: unknown): StoredValue {
  if (plainTypes.has(type)) return value as StoredValue;
  if (type === "FLOAT") return Number.isFinite(value) ? (value as number) : { $type: type, value: String(value) };
  if (type === "LIST<FLOAT>") {
    const floats = value as number[];
    return floats.every(Number.isFinite) ? floats : { $type: type, value: floats.map(String) };
  }
  const element = /^LIST<(.+)>$/.exec(type)?.[1];
  if (textTypes.has(element ?? type)) return { $type: type, value: value as string | string[] };
  throw new UnsupportedValueError(`property \`${key}\` has type ${type}, which the backup does not support`);
}

/** Plain properties to set as they are, and tagged ones for Cypher to parse from their text. */
export interface DecodedProperties {
  readonly plain: Record<string, string | number | boolean | readonly (string | number | boolean)[]>;
  readonly typed: { readonly k: string; readonly t: string; readonly v: string | readonly string[] }[];
}

export function decodeProperties(stored: Readonly<Record<string, StoredValue>>): DecodedProperties {
  const plain: DecodedProperties["plain"] = {};
  const typed: DecodedProperties["typed"][number][] = [];
  for (const [key, value] of Object.entries(stored)) {
    if (isTagged(value)) typed.push({ k: key, t: value.$type, v: value.value });
    else plain[key] = value;
  }
  return { plain, typed };
}

const isTagged = (value: StoredValue): value is Tagged => typeof value === "object" && !Array.isArray(value);
