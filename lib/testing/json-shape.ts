// The shape of published JSON samples (keys and value kinds, recursively), and a check that an
// answer of our own (a sandbox's) has exactly that shape: no key the samples lack, none they all
// have missing, and every value of a kind some sample has at that place. Several samples of one
// answer together say which keys are sometimes absent and which values are sometimes null.

type Kind = "null" | "string" | "number" | "boolean" | "array" | "object";

export interface JsonShape {
  kinds: Set<Kind>;
  /** how many objects were seen here, to tell keys every sample has from occasional ones */
  objects: number;
  keys: Map<string, { shape: JsonShape; seen: number }>;
  items: JsonShape | null;
}

function kindOf(value: unknown): Kind {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  const kind = typeof value;
  if (kind === "string" || kind === "number" || kind === "boolean" || kind === "object")
    return kind;
  throw new Error(`not JSON: ${kind}`);
}

const emptyShape = (): JsonShape => ({
  kinds: new Set(),
  objects: 0,
  keys: new Map(),
  items: null,
});

function learn(shape: JsonShape, value: unknown): void {
  const kind = kindOf(value);
  shape.kinds.add(kind);
  if (kind === "array")
    for (const item of value as unknown[]) learn((shape.items ??= emptyShape()), item);
  if (kind !== "object") return;
  shape.objects++;
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const entry = shape.keys.get(key) ?? { shape: emptyShape(), seen: 0 };
    entry.seen++;
    learn(entry.shape, child);
    shape.keys.set(key, entry);
  }
}

export function shapeOfSamples(...samples: unknown[]): JsonShape {
  const shape = emptyShape();
  for (const sample of samples) learn(shape, sample);
  return shape;
}

/** Every way `value` departs from the samples' shape, as "path: problem" lines (none: same shape). */
export function shapeProblems(value: unknown, shape: JsonShape, path = "$"): string[] {
  const kind = kindOf(value);
  if (!shape.kinds.has(kind))
    return [`${path}: ${kind}, where the samples have ${[...shape.kinds].join(" or ")}`];
  if (kind === "array")
    return (value as unknown[]).flatMap((item, i) =>
      shape.items
        ? shapeProblems(item, shape.items, `${path}[${i}]`)
        : [`${path}[${i}]: the samples' list is always empty`],
    );
  if (kind !== "object") return [];
  const record = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const [key, entry] of shape.keys)
    if (entry.seen === shape.objects && !(key in record)) problems.push(`${path}.${key}: missing`);
  for (const [key, child] of Object.entries(record)) {
    const entry = shape.keys.get(key);
    if (!entry) problems.push(`${path}.${key}: not in the samples`);
    else problems.push(...shapeProblems(child, entry.shape, `${path}.${key}`));
  }
  return problems;
}

/** The shape under a dotted path ("track.details.ndrStatus"), stepping into list items. */
function shapeAt(shape: JsonShape, path: string): JsonShape {
  let at = shape;
  for (const key of path.split(".")) {
    if (at.kinds.has("array") && !at.keys.size) at = at.items ??= emptyShape();
    const entry = at.keys.get(key);
    if (!entry) throw new Error(`no "${path}" in the samples`);
    at = entry.shape;
  }
  return at;
}

export interface SampleShapeOptions {
  /** paths ("track.ndrStatus") the service documents as sometimes absent */
  optional?: string[];
  /** an element for each list the sample shows empty, by the list's path ("track.details") */
  elements?: Record<string, unknown>;
}

/** One published sample's shape, with what its documentation adds to it. */
export function sampleShape(sample: unknown, options: SampleShapeOptions = {}): JsonShape {
  const shape = shapeOfSamples(sample);
  for (const [path, element] of Object.entries(options.elements ?? {}))
    learn((shapeAt(shape, path).items ??= emptyShape()), element);
  for (const path of options.optional ?? []) {
    const parent = path.includes(".")
      ? shapeAt(shape, path.slice(0, path.lastIndexOf(".")))
      : shape;
    const owner = parent.kinds.has("array") && !parent.keys.size ? parent.items! : parent;
    const entry = owner.keys.get(path.slice(path.lastIndexOf(".") + 1));
    if (!entry) throw new Error(`no "${path}" in the sample`);
    entry.seen = 0;
  }
  return shape;
}
