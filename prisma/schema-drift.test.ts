import { readFileSync } from "node:fs";
import path from "node:path";

import { get_dmmf } from "@prisma/prisma-schema-wasm";
import { describe, expect, it } from "vitest";

import { withPg } from "@/test/pg";

import { Prisma } from "../lib/generated/prisma/client";

// The client is generated from schema.prisma while the database is built by the
// SQL migrations. This test is what keeps the two honest.

interface DmmfField {
  name: string;
  dbName: string | null;
  kind: "scalar" | "enum" | "object";
  type: string;
  isList: boolean;
  isRequired: boolean;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}

const schema = readFileSync(path.resolve(import.meta.dirname, "schema.prisma"), "utf8");
const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: schema }))) as {
  datamodel: { models: DmmfModel[]; enums: { name: string; dbName: string | null; values: { name: string }[] }[] };
};
const models = dmmf.datamodel.models;
const GENERATED = path.resolve(import.meta.dirname, "../lib/generated/prisma");

interface FieldShape {
  name: string;
  kind: string;
  type: string;
  dbName?: string | null;
}

/** One line per field, in the same words for the schema and the client, so a difference reads plainly. */
function describeField(model: string, f: FieldShape, list: boolean, optional: boolean) {
  const map = f.dbName ? ` @map(${f.dbName})` : "";
  return `${model}.${f.name}: ${f.kind} ${f.type}${list ? "[]" : ""}${optional ? "?" : ""}${map}`;
}

function describeSchema(): string[] {
  return models.flatMap((m) => [
    `${m.name} @@map(${m.dbName ?? m.name})`,
    ...m.fields.map((f) => describeField(m.name, f, f.isList, !f.isRequired && !f.isList)),
  ]);
}

/**
 * The same description read from the generated client: names, kinds, types and
 * column names from its runtime data model (what its queries are built from),
 * list and optional from each model's payload type (what the code compiles
 * against). Both are generated files, not a public API: a Prisma upgrade that
 * moves them fails here with a message saying so.
 */
function describeClient(): string[] {
  const classFile = readFileSync(path.join(GENERATED, "internal/class.ts"), "utf8");
  const literal = classFile.match(/config\.runtimeDataModel = JSON\.parse\(("(?:[^"\\]|\\.)*")\)/)?.[1];
  if (!literal)
    throw new Error("no runtimeDataModel in lib/generated/prisma/internal/class.ts: Prisma's layout changed");
  type RuntimeModel = { dbName: string | null; fields: FieldShape[] };
  const runtime = JSON.parse(JSON.parse(literal) as string) as { models: Record<string, RuntimeModel> };
  return Object.entries(runtime.models).flatMap(([name, model]) => {
    const payload = payloadTypes(name);
    return [
      `${name} @@map(${model.dbName ?? name})`,
      ...model.fields.map((f) => {
        const ts = payload.get(f.name) ?? "";
        return describeField(name, f, /\[\]( \| null)?$/.test(ts), / \| null$/.test(ts));
      }),
    ];
  });
}

/** Field name → TypeScript type in the generated `$<Model>Payload` (its objects and scalars). */
function payloadTypes(model: string): Map<string, string> {
  const source = readFileSync(path.join(GENERATED, "models", `${model}.ts`), "utf8");
  const payload = source.match(new RegExp(`export type \\$${model}Payload<[\\s\\S]*?\\n}\\n`))?.[0];
  if (!payload)
    throw new Error(`no $${model}Payload in lib/generated/prisma/models/${model}.ts: Prisma's layout changed`);
  const lines = payload.replace(/\/\*[\s\S]*?\*\//g, "").matchAll(/^ {4}(\w+): (.+)$/gm);
  return new Map([...lines].map(([, name, type]) => [name!, type!.trim()]));
}

/** information_schema udt_name values each Prisma scalar may be stored as. */
const compatible: Record<string, string[]> = {
  String: ["text", "varchar", "uuid", "bpchar"],
  Int: ["int4", "int2"],
  BigInt: ["int8"],
  Boolean: ["bool"],
  DateTime: ["timestamptz", "timestamp", "date"],
  Json: ["jsonb", "json"],
};

/** Columns of mapped tables that schema.prisma leaves out on purpose, each with the reason. */
const LEFT_OUT: Record<string, string> = {};

interface Column {
  table_name: string;
  column_name: string;
  is_nullable: "YES" | "NO";
  data_type: string;
  udt_name: string;
  is_view: boolean;
}

async function columns(): Promise<Map<string, Column>> {
  const { rows } = await withPg((c) =>
    c.query<Column>(
      `SELECT c.table_name, c.column_name, c.is_nullable, c.data_type, c.udt_name, t.table_type = 'VIEW' AS is_view
         FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = 'public'`,
    ),
  );
  return new Map(rows.map((r) => [`${r.table_name}.${r.column_name}`, r]));
}

describe("schema.prisma and the migrated database", () => {
  it("the generated client was built from the current schema.prisma (run `npm run postinstall` if not)", () => {
    expect(Object.values(Prisma.ModelName).sort()).toEqual(models.map((m) => m.name).sort());
    expect(describeClient().sort()).toEqual(describeSchema().sort());
  });

  it("every model has a table, every field a compatible column, and no column is unknown", async () => {
    const db = await columns();
    const problems: string[] = [];
    const mapped = new Set<string>();
    for (const model of models) {
      const table = model.dbName ?? model.name;
      for (const field of model.fields.filter((f) => f.kind !== "object")) {
        const name = field.dbName ?? field.name;
        mapped.add(`${table}.${name}`);
        const column = db.get(`${table}.${name}`);
        const where = `${model.name}.${field.name} (${table}.${name})`;
        if (!column) {
          problems.push(`${where}: no such column`);
          continue;
        }
        const udt = field.isList ? column.udt_name.replace(/^_/, "") : column.udt_name;
        if (field.isList !== (column.data_type === "ARRAY")) problems.push(`${where}: list mismatch`);
        const allowed = field.kind === "enum" ? [enumDbName(field.type)] : (compatible[field.type] ?? []);
        if (!allowed.includes(udt)) problems.push(`${where}: ${field.type} stored as ${udt}`);
        const nullable = column.is_nullable === "YES";
        // PostgreSQL reports every column of a view as nullable: a view's required fields cannot be checked here.
        if (field.isRequired === nullable && !field.isList && !(column.is_view && nullable)) {
          problems.push(
            `${where}: schema says ${field.isRequired ? "required" : "optional"}, column is ${nullable ? "NULL" : "NOT NULL"}`,
          );
        }
      }
    }
    const tables = new Set(models.map((m) => m.dbName ?? m.name));
    for (const key of db.keys()) {
      if (tables.has(key.split(".")[0]!) && !mapped.has(key) && !(key in LEFT_OUT)) {
        problems.push(`${key}: column not in schema.prisma (add the field, or to LEFT_OUT with the reason)`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("every enum in the schema exists in the database with the same values", async () => {
    const { rows } = await withPg((c) =>
      c.query<{ typname: string; labels: string[] }>(
        `SELECT t.typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
           FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
      ),
    );
    const inDb = Object.fromEntries(rows.map((r) => [r.typname, r.labels]));
    for (const e of dmmf.datamodel.enums) {
      expect(inDb[e.dbName ?? e.name], e.name).toEqual(e.values.map((v) => v.name));
    }
  });
});

function enumDbName(prismaName: string): string {
  const found = dmmf.datamodel.enums.find((e) => e.name === prismaName);
  return found?.dbName ?? prismaName;
}
