import type { AnswerGroup } from "@/lib/staff/case-answers";

export function CaseAnswers({ groups }: { groups: AnswerGroup[] }) {
  return (
    <section aria-labelledby="answers-heading" className="mt-6 rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="answers-heading" className="text-lg font-bold text-slate-900">
        Answers
      </h2>
      {groups.map((group) => (
        <div key={group.section} className="mt-4">
          <h3 className="font-bold text-slate-900">{group.heading}</h3>
          <dl className="mt-1 divide-y divide-slate-100">
            {group.lines.map((line) => (
              <div key={line.id} className="grid gap-1 py-1.5 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] sm:gap-4">
                <dt className="text-sm text-slate-700">{line.label}</dt>
                <dd className="text-slate-900">
                  {line.answer}
                  {line.note ? <span className="block text-xs text-slate-600">{line.note}</span> : null}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </section>
  );
}
