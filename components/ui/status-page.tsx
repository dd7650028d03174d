import Link from "next/link";

/** Full-page message for 403/404 and similar: what happened and the way back. */
export function StatusPage({
  eyebrow,
  title,
  tone = "neutral",
  children,
}: {
  eyebrow: string;
  title: string;
  tone?: "neutral" | "danger";
  children?: React.ReactNode;
}) {
  return (
    <main className="mx-auto flex min-h-[70dvh] max-w-md flex-col justify-center gap-4 p-6 text-center">
      <p
        className={`text-sm font-semibold tracking-wide uppercase ${tone === "danger" ? "text-red-700" : "text-slate-500"}`}
      >
        {eyebrow}
      </p>
      <h1 className="text-2xl font-bold">{title}</h1>
      {children && <p className="text-slate-600">{children}</p>}
      <Link
        href="/"
        className="mx-auto rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white hover:bg-brand-700"
      >
        Go to my screen
      </Link>
    </main>
  );
}
