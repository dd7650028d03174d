import { CourierError } from "@/lib/errors/courier-error";

/**
 * A courier call of a dispatch job that failed: a transient failure (network, 5xx, 429, breaker
 * open) is thrown again so the queue retries it; anything else is the courier's answer, kept
 * for the dock to read.
 */
export function permanentCourierFailure(error: unknown): string {
  if (error instanceof CourierError && !error.retryable && error.kind !== "circuit_open")
    return error.courierMessage ? `${error.message}: ${error.courierMessage}` : error.message;
  throw error;
}
