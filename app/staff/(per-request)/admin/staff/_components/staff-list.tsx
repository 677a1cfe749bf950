import { countOf } from "@/lib/english";
import type { StaffUserRow } from "@/lib/staff/data/staff-users";

import { StaffRowActions } from "./staff-row-actions";

/** Every account as a table that scrolls sideways inside its box on a phone. */
export function StaffList({ users, selfId, timeZone }: { users: StaffUserRow[]; selfId: string; timeZone: string }) {
  const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone });
  return (
    <div
      role="region"
      aria-labelledby="staff-table-caption"
      tabIndex={0}
      className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white"
    >
      <table className="w-full min-w-[52rem] text-left">
        <caption id="staff-table-caption" className="px-4 pt-3 text-left font-semibold text-slate-900">
          {countOf(users.length, "staff account")}
        </caption>
        <thead className="border-b border-slate-200 text-sm text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-2">
              Name and e-mail
            </th>
            <th scope="col" className="px-4 py-2">
              Role
            </th>
            <th scope="col" className="px-4 py-2">
              Status
            </th>
            <th scope="col" className="px-4 py-2">
              Last sign-in
            </th>
            <th scope="col" className="px-4 py-2">
              Actions
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className="border-b border-slate-100 align-top last:border-0">
              <th scope="row" className="px-4 py-3 font-normal">
                <span className="block font-semibold text-slate-900">{user.name}</span>
                <span className="block text-sm break-all text-slate-700">{user.email}</span>
              </th>
              <td className="px-4 py-3">
                {user.role === "admin" ? "Administrator" : "Therapist"}
                {user.therapistName ? (
                  <span className="block text-sm text-slate-700">Profile: {user.therapistName}</span>
                ) : null}
              </td>
              <td className="px-4 py-3">
                <span className={user.active ? "font-semibold text-brand-800" : "font-semibold text-slate-700"}>
                  {user.active ? "Active" : "Deactivated"}
                </span>
                {user.mustChangePassword && user.active ? (
                  <span className="block text-sm text-slate-700">One-time password not yet changed</span>
                ) : null}
              </td>
              <td className="px-4 py-3 text-sm text-slate-700">
                {user.lastSignInAt ? when.format(user.lastSignInAt) : "Never"}
              </td>
              <td className="px-4 py-3">
                <StaffRowActions userId={user.id} name={user.name} active={user.active} self={user.id === selfId} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
