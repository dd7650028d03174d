import type { ZodType } from "zod";
import {
  declaredKeys,
  jsonSchemaOf,
  propertiesOf,
  type JsonSchema,
} from "@/lib/http/declared-keys";

// What an attacker or a broken client sends: the classes of input that used to reach PostgreSQL
// as 500s (NUL, impossible dates, forged cursors) and their neighbours. Every value here is
// invalid for any field of Packline, so a request carrying one must change nothing.

const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** Path ids: NUL, broken Unicode, traversal, injection, absurd length. */
export const HOSTILE_IDS = [
  "\u0000",
  "ord\u0000er",
  "\uD800",
  "../../etc/passwd",
  "' OR '1'='1",
  "x".repeat(5_000),
  "%00",
  "<script>alert(1)</script>",
];

/** Query values for any declared key. */
export const HOSTILE_QUERY_VALUES = [
  "\u0000",
  "a\u0000b",
  "\uDC00",
  "2026-13-45",
  "2026-02-30",
  "not-a-date",
  "-1",
  "1e309",
  "99999999999999999999",
  "x".repeat(5_000),
  "!!!not-base64!!!",
  cursorOf({ createdAt: "not-a-date", id: "x" }),
  cursorOf({ placedAt: "not-a-date", id: "x" }),
  cursorOf({ placedAt: "2026-01-01T00:00:00.000Z", id: "a\u0000" }),
  cursorOf({ email: "\u0000" }),
  cursorOf(null),
  cursorOf([1, 2]),
  cursorOf({ __proto__: { polluted: true } }),
];

/** Values for one field of an otherwise plausible JSON body; none is valid anywhere. */
export const HOSTILE_FIELD_VALUES: unknown[] = [
  "\u0000",
  "name\u0000",
  "\uD83D",
  "x".repeat(10_000),
  2_147_483_648,
  1e308,
  -1e308,
  1.5,
  { $gt: "" },
  [["nested"]],
];

/** Whole bodies (raw text and content type) that no route accepts. */
export function hostileBodies(): { body: string; type: string }[] {
  let deep = "";
  for (let i = 0; i < 5_000; i++) deep = `{"a":${deep || "1"}}`;
  return [
    { body: '{"a":"\\u0000"}', type: "application/json" },
    { body: '{"a":"\u0000"}', type: "application/json" },
    { body: "{", type: "application/json" },
    { body: "[]", type: "application/json" },
    { body: "null", type: "application/json" },
    { body: '"just a string"', type: "application/json" },
    { body: deep, type: "application/json" },
    {
      body: '{"__proto__":{"role":"ADMIN"},"constructor":{"prototype":{}}}',
      type: "application/json",
    },
    { body: '{"enabled":true}', type: "text/plain" },
    { body: "enabled=true&reason=%00", type: "application/x-www-form-urlencoded" },
    { body: `{"a":"${"x".repeat(300_000)}"}`, type: "application/json" },
  ];
}

/** The property names a zod schema declares at its top level, for aiming one hostile value. */
export function fieldsOf(schema: ZodType | undefined): string[] {
  return schema ? [...(declaredKeys(schema) ?? [])] : [];
}

/**
 * A body of plausible values for every declared field (enums take their first value, numbers
 * their minimum), so that one hostile field is what the route has to deal with. Regex-checked
 * fields may still fail validation, which is fine: the point is never to send a valid body.
 */
export function plausibleBody(schema: ZodType): Record<string, unknown> {
  return plausibleObject(jsonSchemaOf(schema));
}

function plausibleObject(schema: JsonSchema): Record<string, unknown> {
  return Object.fromEntries(propertiesOf(schema).map(([key, field]) => [key, plausible(field)]));
}

function plausible(field: JsonSchema): unknown {
  if (field.const !== undefined) return field.const;
  if (field.enum?.length) return field.enum[0];
  if (field.default !== undefined) return field.default;
  const variant = field.anyOf?.[0] ?? field.oneOf?.[0];
  if (variant) return plausible(variant);
  const type = Array.isArray(field.type) ? field.type[0] : field.type;
  switch (type) {
    case "string":
      return field.format === "email" ? "ops@packline.test" : "plausible";
    case "integer":
    case "number":
      return field.minimum ?? 1;
    case "boolean":
      return false;
    case "array":
      return [];
    case "object":
      return plausibleObject(field);
    default:
      return null;
  }
}
