import { z, type ZodType } from "zod";

/** The parts of a JSON Schema that say which fields an object takes and what they hold. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  minimum?: number;
  default?: unknown;
}

/** A schema's top-level fields, through objects, intersections and unions. */
export function propertiesOf(schema: JsonSchema): [string, JsonSchema][] {
  const nested = [...(schema.anyOf ?? []), ...(schema.allOf ?? []), ...(schema.oneOf ?? [])];
  return [...Object.entries(schema.properties ?? {}), ...nested.flatMap(propertiesOf)];
}

/** A zod schema as JSON Schema, as the route's callers send it (before transforms). */
export function jsonSchemaOf(schema: ZodType): JsonSchema {
  return z.toJSONSchema(schema, { unrepresentable: "any", io: "input" }) as JsonSchema;
}

/**
 * The property names a body schema declares at its top level (objects, intersections, unions),
 * or null when it takes any keys (a record) or is not an object at all.
 */
export function declaredKeys(schema: ZodType): Set<string> | null {
  const keys = propertiesOf(jsonSchemaOf(schema)).map(([key]) => key);
  return keys.length > 0 ? new Set(keys) : null;
}
