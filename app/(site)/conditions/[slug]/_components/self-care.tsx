import type { Condition } from "@/lib/content/conditions";

export function SelfCare({ items }: { items: Condition["selfCare"] }) {
  return (
    <section aria-labelledby="self-care-heading" className="mt-10">
      <h2 id="self-care-heading" className="text-2xl font-bold text-slate-900">
        What you can do now
      </h2>
      <p className="mt-2 text-slate-700">
        Stop any exercise that gives you sharp pain. A mild ache that settles by the next day is fine.
      </p>
      <div className="mt-4 space-y-6">
        {items.map((item) => (
          <div key={item.title} className="rounded-xl border border-slate-200 p-5">
            <h3 className="text-lg font-semibold text-slate-900">{item.title}</h3>
            {item.why && <p className="mt-1 text-slate-700">{item.why}</p>}
            <ol className="mt-3 list-decimal space-y-1.5 pl-6 text-slate-800">
              {item.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </div>
        ))}
      </div>
    </section>
  );
}
