/** Why a look-up found nothing, in the customer's words. */
export function TrackProblem({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div role="alert" className="mt-6 rounded-xl bg-amber-50 p-4 ring-1 ring-amber-200">
      <h1 className="text-lg font-bold text-amber-900">{title}</h1>
      <p className="mt-1 text-amber-900">{children}</p>
    </div>
  );
}
