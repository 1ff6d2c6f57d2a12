// The BigQuery table schema of the register's rows, derived from their JSON Schema, so the warehouse
// table and the rows cannot drift: src/schema/register-row.v1.bigquery.json is this function's output.
interface JsonSchemaNode {
  type?: string;
  const?: unknown;
  enum?: unknown[];
  pattern?: string;
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
}

export interface BigQueryField {
  name: string;
  type: 'STRING' | 'INTEGER' | 'BOOLEAN' | 'DATE' | 'RECORD';
  mode: 'REQUIRED' | 'NULLABLE' | 'REPEATED';
  description?: string;
  fields?: BigQueryField[];
}

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

export function bigQuerySchema(schema: JsonSchemaNode): BigQueryField[] {
  return fieldsOf(schema);
}

function fieldsOf(node: JsonSchemaNode): BigQueryField[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([name, child]) => field(name, child, required.has(name) ? 'REQUIRED' : 'NULLABLE'));
}

function field(name: string, node: JsonSchemaNode, mode: BigQueryField['mode']): BigQueryField {
  const description = node.description ? { description: node.description.slice(0, 1024) } : {};
  if (node.type === 'array') {
    const items = node.items ?? {};
    // BigQuery has no nullable arrays: an absent array loads as an empty one.
    return { ...field(name, items, 'REPEATED'), ...description };
  }
  if (node.type === 'object') return { name, type: 'RECORD', mode, ...description, fields: fieldsOf(node) };
  return { name, type: scalarType(name, node), mode, ...description };
}

function scalarType(name: string, node: JsonSchemaNode): BigQueryField['type'] {
  if (node.type === 'integer') return 'INTEGER';
  if (node.type === 'boolean') return 'BOOLEAN';
  if (node.type === 'string') return node.pattern === DATE_PATTERN ? 'DATE' : 'STRING';
  throw new Error(`register row schema: ${name} has type ${String(node.type)}, which has no BigQuery column type here`);
}
