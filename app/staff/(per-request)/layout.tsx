import { StaffHeader } from "../_components/staff-header";

/** Staff pages rendered per request: the header names the signed-in user from the session. */
export default function PerRequestLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <>
      <StaffHeader />
      <main id="main" className="flex-1 bg-slate-50 print:bg-white">
        {children}
      </main>
    </>
  );
}
