import type { Metadata } from "next";
import Link from "next/link";

import { AUDIT_ACTIONS } from "@/lib/audit/data";
import { requireStaff } from "@/lib/auth/require-staff";
import { getClinic } from "@/lib/clinic/data";
import { auditHref, auditQueryOf, parseAuditFilter } from "@/lib/staff/audit-filter";
import { listAuditActors, listAuditEvents } from "@/lib/staff/data/audit";

import { AdminPage } from "../_components/admin-page";
import { AuditFilters } from "./_components/audit-filters";
import { AuditTable } from "./_components/audit-table";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: PageProps<"/staff/admin/audit">) {
  const actor = await requireStaff({ role: "admin" });
  const filter = parseAuditFilter(await searchParams);
  const clinic = await getClinic();
  const [{ events, next }, actors] = await Promise.all([
    listAuditEvents(actor, auditQueryOf(filter, clinic.timeZone)),
    listAuditActors(actor),
  ]);
  return (
    <AdminPage
      title="Audit log"
      intro="Every sign-in, case opened and change made, newest first, 50 to a page. Opening this page is recorded too."
    >
      <AuditFilters filter={filter} actors={actors} actions={AUDIT_ACTIONS} />
      <AuditTable events={events} timeZone={clinic.timeZone} />
      <nav aria-label="Audit pages" className="mt-4 flex flex-wrap gap-4">
        {filter.before ? (
          <Link
            href={auditHref({ ...filter, before: undefined })}
            className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline"
          >
            Newest events
          </Link>
        ) : null}
        {next ? (
          <Link
            href={auditHref(filter, next)}
            className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline"
          >
            Older events
          </Link>
        ) : null}
      </nav>
    </AdminPage>
  );
}
