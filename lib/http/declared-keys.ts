import { z, type ZodType } from "zod";

interface JsonSchema {
  properties?: Record<string, unknown>;
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  additionalProperties?: unknown;
}

function keysOf(schema: JsonSchema): string[] {
  const nested = [...(schema.anyOf ?? []), ...(schema.allOf ?? []), ...(schema.oneOf ?? [])];
  return [...Object.keys(schema.properties ?? {}), ...nested.flatMap(keysOf)];
}

/**
 * The property names a body schema declares at its top level (objects, intersections, unions),
 * or null when it takes any keys (a record) or is not an object at all.
 */
export function declaredKeys(schema: ZodType): Set<string> | null {
  const json = z.toJSONSchema(schema, { unrepresentable: "any", io: "input" }) as JsonSchema;
  const keys = keysOf(json);
  return keys.length > 0 ? new Set(keys) : null;
}
