import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 p-6 text-center">
      <p className="text-sm font-semibold tracking-wide text-red-700 uppercase">
        403 · Not allowed
      </p>
      <h1 className="text-2xl font-bold">This page is not part of your role</h1>
      <p className="text-slate-600">
        Your account cannot open this page. If you need it, ask an admin to change your role.
      </p>
      <Link
        href="/"
        className="mx-auto rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white hover:bg-brand-700"
      >
        Go to my screen
      </Link>
    </main>
  );
}
