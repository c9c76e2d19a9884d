const PLACEHOLDER_ORIGIN = "http://return-path.invalid";

/**
 * Returns `value` when it is a path on this site, otherwise "/". Browsers treat a backslash as a
 * slash and drop tabs and newlines from URLs, so "/\evil.example" and "/\t/evil.example" would
 * leave the site. Both are rejected, and so is any value that resolves to another origin or a
 * repeated query parameter, which arrives as an array.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/")) return "/";
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return "/";

  const url = new URL(value, PLACEHOLDER_ORIGIN);
  if (url.origin !== PLACEHOLDER_ORIGIN) return "/";

  return `${url.pathname}${url.search}${url.hash}`;
}
