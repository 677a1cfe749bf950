import { type HeaderStaff, StaffHeaderBar } from "./staff-header-bar";

/** The queue screen's frame: header, main landmark and heading, before and after its data arrives. */
export function QueueFrame({
  clinicName,
  staff,
  children,
}: {
  clinicName: string;
  staff: HeaderStaff | null;
  children: React.ReactNode;
}) {
  return (
    <>
      <StaffHeaderBar clinicName={clinicName} staff={staff} />
      <main id="main" className="flex-1 bg-slate-50 print:bg-white">
        <div className="mx-auto max-w-7xl px-4 py-6">
          <h1 className="text-2xl font-bold text-slate-900">Triage queue</h1>
          {children}
        </div>
      </main>
    </>
  );
}

export function QueueLoading() {
  return (
    <>
      <p role="status" className="mt-4 text-slate-700">
        Loading the cases…
      </p>
      <noscript>
        <p className="mt-2 font-semibold text-slate-900">
          The queue needs JavaScript. Turn it on in your browser, then reload this page.
        </p>
      </noscript>
    </>
  );
}
