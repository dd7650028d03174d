/**
 * A stored secret (a password, an API key, courier credentials) is only ever sent to the server
 * it was entered for: when an admin points a setting at another host without typing the secret
 * again, the save is refused instead of handing the old secret to the new host (a typo in a
 * host name would otherwise leak it).
 */
export function sameHost(before: string, after: string): boolean {
  return hostOf(before) === hostOf(after);
}

function hostOf(value: string): string {
  try {
    return new URL(value).host.toLowerCase();
  } catch {
    return value.trim().toLowerCase();
  }
}

export const SECRET_FOR_NEW_HOST =
  "The server changed: type the secret again (a stored one is never sent to a new server)";
