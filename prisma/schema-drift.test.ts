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

/** information_schema udt_name values each Prisma scalar may be stored as. */
const compatible: Record<string, string[]> = {
  String: ["text", "varchar", "uuid", "bpchar"],
  Int: ["int4", "int2"],
  BigInt: ["int8"],
  Boolean: ["bool"],
  DateTime: ["timestamptz", "timestamp", "date"],
  Json: ["jsonb", "json"],
};

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
  it("the generated client was built from the current schema.prisma", () => {
    expect(Object.values(Prisma.ModelName).sort()).toEqual(models.map((m) => m.name).sort());
  });

  it("every model has a table and every field a column of compatible type and nullability", async () => {
    const db = await columns();
    const problems: string[] = [];
    for (const model of models) {
      const table = model.dbName ?? model.name;
      for (const field of model.fields.filter((f) => f.kind !== "object")) {
        const name = field.dbName ?? field.name;
        const column = db.get(`${table}.${name}`);
        const where = `${model.name}.${field.name} (${table}.${name})`;
        if (!column) {
          problems.push(`${where}: no such column`);
          continue;
        }
        const udt = field.isList ? column.udt_name.replace(/^_/, "") : column.udt_name;
        if (field.isList !== (column.data_type === "ARRAY")) problems.push(`${where}: list mismatch`);
        const allowed = field.kind === "enum" ? [enumDbName(field.type)] : compatible[field.type] ?? [];
        if (!allowed.includes(udt)) problems.push(`${where}: ${field.type} stored as ${udt}`);
        const nullable = column.is_nullable === "YES";
        // PostgreSQL reports every column of a view as nullable: a view's required fields cannot be checked here.
        if (field.isRequired === nullable && !field.isList && !(column.is_view && nullable)) {
          problems.push(`${where}: schema says ${field.isRequired ? "required" : "optional"}, column is ${nullable ? "NULL" : "NOT NULL"}`);
        }
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
