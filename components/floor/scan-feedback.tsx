export interface ScanFeedback {
  tone: "ok" | "error";
  title: string;
  detail?: string;
  /** changes on every scan so the same message twice still flashes and is announced */
  at: number;
}

/**
 * Loud result of the last scan: a full-width green or red block, readable across the bench,
 * announced by screen readers (errors assertively).
 */
export function ScanFeedbackBanner({ feedback }: { feedback: ScanFeedback | null }) {
  return (
    <div aria-live="assertive" aria-atomic="true" className="min-h-20">
      {feedback && (
        <div
          key={feedback.at}
          role={feedback.tone === "error" ? "alert" : "status"}
          data-tone={feedback.tone}
          className={`flex animate-[pulse_0.6s_ease-out_1] items-center gap-4 rounded-xl px-5 py-4 ${
            feedback.tone === "ok" ? "bg-emerald-600 text-white" : "bg-red-600 text-white"
          }`}
        >
          <span aria-hidden className="text-4xl leading-none font-black">
            {feedback.tone === "ok" ? "✓" : "✗"}
          </span>
          <div className="min-w-0">
            <p className="text-xl font-bold">{feedback.title}</p>
            {feedback.detail && <p className="text-base opacity-95">{feedback.detail}</p>}
          </div>
        </div>
      )}
    </div>
  );
}

/** A short high beep for a good scan, a low buzz for a bad one: packers look at the box, not the screen. */
export function beep(tone: ScanFeedback["tone"]): void {
  try {
    const AudioCtx =
      window.AudioContext ??
      (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!AudioCtx) return;
    const ctx = new AudioCtx();
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = tone === "ok" ? "sine" : "square";
    osc.frequency.value = tone === "ok" ? 1200 : 180;
    gain.gain.value = 0.15;
    osc.connect(gain).connect(ctx.destination);
    osc.start();
    osc.stop(ctx.currentTime + (tone === "ok" ? 0.12 : 0.45));
    osc.onended = () => void ctx.close();
  } catch {
    // Sound is a bonus; the screen already shows the result.
  }
}
