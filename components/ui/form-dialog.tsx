"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { Button } from "./button";

// Literal class names per width, so Tailwind sees them.
const WIDTHS = {
  md: "w-[min(30rem,calc(100vw-1rem))]",
  lg: "w-[min(34rem,calc(100vw-1rem))]",
  xl: "w-[min(48rem,calc(100vw-1rem))]",
} as const;

/**
 * A modal form: a native <dialog> shown while `open` (Esc and the backdrop close it through
 * `onClose`), with its title as the dialog's label. Submitting calls `onSubmit`; whatever was
 * typed stays in the fields until the caller closes the dialog, so an error loses nothing.
 */
export function FormDialog({
  open,
  title,
  width = "lg",
  onSubmit,
  onClose,
  children,
}: {
  open: boolean;
  title: ReactNode;
  width?: keyof typeof WIDTHS;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (open && dialog && !dialog.open) dialog.showModal();
    if (!open && dialog?.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby={titleId}
      className={`m-auto max-h-[calc(100dvh-1rem)] ${WIDTHS[width]} rounded-2xl p-0 shadow-xl backdrop:bg-slate-900/40`}
    >
      <form
        noValidate
        className="flex flex-col gap-3 p-4 sm:p-5"
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        <h2 id={titleId} className="text-lg font-bold text-slate-900">
          {title}
        </h2>
        {children}
      </form>
    </dialog>
  );
}

/** A form dialog's foot: Cancel and the submit button, which says "Saving…" while pending. */
export function DialogActions({
  submitLabel,
  pending,
  disabled = false,
  cancelLabel = "Cancel",
  onCancel,
}: {
  submitLabel: ReactNode;
  pending: boolean;
  disabled?: boolean;
  cancelLabel?: string;
  onCancel: () => void;
}) {
  return (
    <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
      <Button type="button" variant="secondary" onClick={onCancel}>
        {cancelLabel}
      </Button>
      <Button type="submit" disabled={pending || disabled}>
        {pending ? "Saving…" : submitLabel}
      </Button>
    </div>
  );
}
