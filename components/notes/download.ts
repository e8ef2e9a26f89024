/** `kefu-notes-2024-05-01.json`: the local date, so a backup made late in the evening is named for that day. */
export function exportFileName(extension: 'json' | 'csv' | 'md', now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `kefu-notes-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${extension}`;
}

/**
 * Saves text as a file through a Blob URL and a temporary `<a download>` (no `downloads` permission needed). The
 * URL is revoked on the next task: Chrome has already started the download by then.
 */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
