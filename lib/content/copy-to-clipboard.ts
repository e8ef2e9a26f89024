/**
 * Writes text to the clipboard from a content script, after the user chose "Copy order details" in the context
 * menu (the page is focused again by then). Falls back to the legacy copy command where the async API refuses.
 */
export async function copyFromPage(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.style.cssText = 'position:fixed;opacity:0';
    document.documentElement.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}
