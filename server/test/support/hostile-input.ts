import fc from 'fast-check';

/** The parts of an OpenAPI 3 schema the fuzzer reads. */
export interface Schema {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  example?: unknown;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> }; parameters?: { in: string; name: string }[] }>>;
  components: { schemas: Record<string, Schema> };
}

/** A plausible body for the schema, from its examples and enums: the starting point of each mutation. */
export function plausibleBody(doc: OpenApiDocument, schema: Schema | undefined, depth = 0): unknown {
  if (!schema || depth > 6) return {};
  if (schema.$ref) return plausibleBody(doc, doc.components.schemas[schema.$ref.split('/').pop() as string], depth + 1);
  if (schema.example !== undefined) return schema.example;
  if (schema.enum?.length) return schema.enum[0];
  switch (schema.type) {
    case 'string':
      return '测试';
    case 'number':
    case 'integer':
      return 1;
    case 'boolean':
      return true;
    case 'array':
      return [plausibleBody(doc, schema.items, depth + 1)];
    default:
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, value]) => [key, plausibleBody(doc, value, depth + 1)]));
  }
}

/** Text that has broken parsers, databases, logs and screens before. */
export const hostileString = fc.oneof(
  fc.constantFrom(
    '\u202Egnp.exe', // right-to-left override
    '王\u200B小\u200D明\uFEFF', // zero-width characters
    '\uD800', // lone high surrogate
    'x\uDC00y', // lone low surrogate
    'nul\u0000byte',
    "1' OR '1'='1' -- ",
    '1; DROP TABLE member; --',
    '" UNION ALL SELECT NULL,NULL --',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '${7*7}{{7*7}}',
    '../../../../etc/passwd',
    '%00%0d%0a',
    '１３８１２３４５６７８', // full-width digits
    '𠜎𠜱𠝹𠱓', // astral-plane CJK
    '',
    ' ',
    'null',
    'NaN',
    '-1',
    '9'.repeat(400),
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer({ min: 300, max: 20_000 }).map((n) => '长'.repeat(n)),
);

/** Any JSON value, shallow, of any type: for "wrong type" mutations. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.integer({ min: -2_147_483_649, max: 2_147_483_649 }),
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 0.1, -0, 1.5),
  fc.boolean(),
  fc.constant(null),
  fc.array(hostileString, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), hostileString, { maxKeys: 3 }),
);

/** Object or array nesting `depth` levels deep. */
export const deepNesting = fc.tuple(fc.integer({ min: 30, max: 3000 }), fc.boolean()).map(([depth, arrays]) => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = arrays ? [value] : { a: value };
  return value;
});

const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype', '__defineGetter__', 'hasOwnProperty', 'toString'];

/** A JSON text, since `JSON.stringify` cannot write an own `__proto__` key. */
type JsonText = { text: string; label: string };

const json = (value: unknown, label: string): JsonText => ({ text: JSON.stringify(value) ?? 'null', label });

function withKey(body: unknown, key: string, value: unknown): string {
  const base = body && typeof body === 'object' && !Array.isArray(body) ? JSON.stringify(body) : '{}';
  const entry = `${JSON.stringify(key)}:${JSON.stringify(value)}`;
  return base === '{}' ? `{${entry}}` : `${base.slice(0, -1)},${entry}}`;
}

/** A hostile request body derived from the route's plausible body. */
export function hostileBody(body: unknown): fc.Arbitrary<JsonText> {
  const record = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const fields = Object.keys(record);
  const field = fields.length ? fc.constantFrom(...fields) : fc.constant('name');
  return fc.oneof(
    fc.tuple(field, anyValue).map(([f, v]) => json({ ...record, [f]: v }, `wrong type in ${f}`)),
    fc.tuple(field, hostileString).map(([f, v]) => json({ ...record, [f]: v }, `hostile text in ${f}`)),
    field.map((f) => json(Object.fromEntries(Object.entries(record).filter(([k]) => k !== f)), `missing ${f}`)),
    fc.tuple(fc.oneof(fc.constantFrom(...POLLUTION_KEYS), fc.string({ maxLength: 12 })), fc.oneof(anyValue, fc.constant({ isAdmin: true, role: 'admin' })))
      .map(([k, v]) => ({ text: withKey(record, k, v), label: `extra field ${k}` })),
    fc.constantFrom(...POLLUTION_KEYS).map((k) => ({ text: `{"${k}":{"role":"admin","polluted":true}}`, label: `only ${k}` })),
    fc.tuple(field, deepNesting).map(([f, v]) => json({ ...record, [f]: v }, `deep nesting in ${f}`)),
    deepNesting.map((v) => json(v, 'deep nesting as body')),
    fc.constantFrom<unknown>([], [record], 'text', 42, true, null).map((v) => json(v, 'not an object')),
    fc.constantFrom('{', '{"a":', '[1,2', '{"a":1}{"b":2}', '\u0000', '{"a":1,}', "{'a':1}", 'NaN').map((text) => ({ text, label: 'broken JSON' })),
  );
}

/** Headers that lie about the body, overflow, or carry a malformed idempotency key. */
export const hostileHeaders = fc.oneof(
  fc.constant<Record<string, string>>({}),
  fc
    .constantFrom('text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=utf-16', 'application/octet-stream', 'application/json, text/plain')
    .map((type) => ({ 'content-type': type })),
  fc.integer({ min: 1000, max: 12_000 }).map((n) => ({ 'x-filler': 'a'.repeat(n) })),
  fc
    .constantFrom('', 'short', 'k'.repeat(65), "'; DROP TABLE idempotency_record; --", '../../etc/passwd', 'ÿ'.repeat(20), 'key with spaces 1234', '0000000000000000')
    .map((key) => ({ 'idempotency-key': key })),
);

/** Query strings that pollute, overflow or contradict themselves. */
export const hostileQuery = fc.constantFrom(
  '',
  '?__proto__[isAdmin]=1&constructor[prototype][role]=admin',
  '?limit=-1&offset=1e999',
  '?limit=99999999999999999999&offset=-5',
  '?page=%00&q=%E2%80%AE',
  `?${'a=1&'.repeat(500)}`,
  '?id=1%27%20OR%20%271%27=%271',
  '?limit[]=1&limit[]=2',
);
