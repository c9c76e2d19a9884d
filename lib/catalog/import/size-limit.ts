/** Largest accepted price file, in bytes (decimal megabyte, as the message states it). */
export const IMPORT_MAX_BYTES = 1_000_000;

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/**
 * The message for a file over the limit. The browser shows it before uploading and the server
 * repeats it, so both show the same message.
 */
export function importSizeMessage(bytes: number): string {
  return `Files up to ${(IMPORT_MAX_BYTES / 1_000_000).toLocaleString("en-US")} MB; this one is ${megabytes(bytes)}. Split it or remove rows.`;
}

/** The size message when `bytes` is over the limit, else null. */
export function checkImportBytes(bytes: number): string | null {
  return bytes > IMPORT_MAX_BYTES ? importSizeMessage(bytes) : null;
}
