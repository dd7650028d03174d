import { useId, type InputHTMLAttributes } from "react";

export function TextField({
  label,
  error,
  hint,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { label: string; error?: string; hint?: string }) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-semibold text-slate-700">
        {label}
      </label>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error || hint ? `${id}-msg` : undefined}
        className="min-h-12 rounded-lg border border-slate-300 bg-white px-3 text-base text-slate-900 placeholder:text-slate-400 focus:border-brand-600 aria-invalid:border-red-600"
        {...props}
      />
      {(error || hint) && (
        <p id={`${id}-msg`} className={`text-sm ${error ? "text-red-700" : "text-slate-500"}`}>
          {error ?? hint}
        </p>
      )}
    </div>
  );
}
