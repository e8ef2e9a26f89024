/*
 * What the panel was writing and had not finished (a case-notes contact, a message), read back from `storage.session`
 * when the panel opens again: the toolbar button closes the panel with one click. The browser holds that area in
 * memory, clears it when it quits, and does not show it to content scripts; what goes there is masked first (see
 * session-draft-writer.ts). Small and free of the notes and privacy code: the panel's first script loads it.
 */

// `browser` is WXT's global (the polyfilled extension API); storage.session is missing on old Firefox.
export const sessionArea = () => (typeof browser === 'undefined' ? undefined : browser.storage?.session);

/** One kind of draft: the keys it is kept under (`prefix` + its own key), and what takes each value read back. */
export interface SessionDraftReader {
  prefix: string;
  /** Checks the value and keeps it; a value of another shape must be skipped, never shown. Must not throw. */
  take(key: string, value: unknown): void;
}

/**
 * Brings back the drafts of this browser session for each reader, in one read of the area (each read is a message
 * to the browser, and the panel waits for this before its forms show). Never throws.
 */
export async function loadSessionDrafts(readers: readonly SessionDraftReader[]): Promise<void> {
  try {
    const area = sessionArea();
    if (!area) return;
    const all = await area.get(null);
    for (const [name, value] of Object.entries(all)) {
      const reader = readers.find((r) => name.startsWith(r.prefix));
      reader?.take(name.slice(reader.prefix.length), value);
    }
  } catch {
    // No session storage or a broken value: the panel starts without drafts, as before.
  }
}
