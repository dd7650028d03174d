// PII masking for logs: a log line may show that a phone or email was there, never what it was.

const EMAIL = /([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9-])[A-Za-z0-9.-]*\.([A-Za-z]{2,})/g;
const PHONE = /(?<!\d)(?:\+?91[\s-]?)?([6-9])\d{5}(\d{4})(?!\d)/g;

const PII_KEYS =
  /^(address(line\d)?|addressline\d|line[12]|landmark|street|customeraddress|password|passwordhash|token|apikey|secret|authorization|cookie)$/i;
const PHONE_KEYS = /phone|mobile/i;
const EMAIL_KEYS = /email/i;

export function maskEmail(value: string): string {
  return value.replace(EMAIL, "$1***@$2***.$3");
}

export function maskPhone(value: string): string {
  return value.replace(PHONE, "$1*****$2");
}

/** A field known to hold a phone: keep only the last four digits, whatever the format. */
function maskPhoneField(value: string): string {
  const digits = value.replace(/\D/g, "");
  return "*".repeat(Math.max(0, digits.length - 4)) + digits.slice(-4);
}

export function maskText(value: string): string {
  return maskPhone(maskEmail(value));
}

/** Deep copy of `value` with phones, emails, addresses and secrets masked. */
export function maskPii(value: unknown, key = "", depth = 0): unknown {
  if (depth > 8) return "[deep]";
  if (typeof value === "string") {
    if (PII_KEYS.test(key)) return value.length ? "[redacted]" : value;
    if (PHONE_KEYS.test(key)) return maskPhoneField(value);
    if (EMAIL_KEYS.test(key)) return maskEmail(value);
    return maskText(value);
  }
  if (Array.isArray(value)) return value.map((v) => maskPii(v, key, depth + 1));
  if (value instanceof Error) return { name: value.name, message: maskText(value.message) };
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskPii(v, k, depth + 1)]));
  }
  return value;
}
