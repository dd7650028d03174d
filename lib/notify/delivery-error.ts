/** A failed send. `transient` ones (network, 429, 5xx, SMTP 4xx) are retried with backoff. */
export class DeliveryError extends Error {
  readonly transient: boolean;

  constructor(message: string, options: { transient: boolean; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.name = "DeliveryError";
    this.transient = options.transient;
  }
}
