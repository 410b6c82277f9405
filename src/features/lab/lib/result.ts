/**
 * Results that carry a broken rule instead of throwing: invalid input from a control or a message
 * must never throw into the UI.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T>(error: string): Result<T> => ({ ok: false, error });
