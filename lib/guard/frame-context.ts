import { collectKnownIdentifiers } from './known-identifiers';

/**
 * The page a frame belongs to. A rich-text chat editor often lives in an about:blank or about:srcdoc iframe, which
 * has no URL of its own: the browser injects the guard there because the frame's parent matched (`matchAboutBlank`;
 * Chrome climbs the frame tree through nested about: frames, and so does this). The guard takes the URL (for the
 * Amazon path check and the per-site settings) and the known order numbers from that page.
 */

/** The slice of `Window` read here (a real window, or a plain object in tests). */
export interface FrameWindow {
  readonly location: { readonly href: string };
  readonly document: Document;
  readonly parent: FrameWindow;
}

export interface GuardFrameContext {
  /** The URL of the page that holds the frame (the frame's own, for a frame with a real URL). */
  url: URL;
  /** The frame's document first, then each about: frame's parent up to that page. */
  documents: Document[];
}

/** Deeper than any editor nests its frames. */
const MAX_DEPTH = 8;

function isAboutFrameUrl(href: string): boolean {
  return /^about:(?:blank|srcdoc)(?:[?#]|$)/i.test(href);
}

/**
 * The page whose URL stands for `win`. Null when there is none the guard can read: a top-level about:blank (a
 * blank tab or pop-up — no page the guard was asked to run on), or an about: frame whose parent it may not read (a
 * sandboxed frame without `allow-same-origin` has an opaque origin).
 */
export function guardFrameContext(win: FrameWindow): GuardFrameContext | null {
  const documents: Document[] = [];
  let current = win;
  for (let depth = 0; depth <= MAX_DEPTH; depth++) {
    let href: string;
    try {
      href = current.location.href;
      documents.push(current.document);
    } catch {
      // A cross-origin ancestor (SecurityError): its URL is not ours to read.
      return null;
    }
    if (!isAboutFrameUrl(href)) {
      try {
        return { url: new URL(href), documents };
      } catch {
        return null;
      }
    }
    const parent = current.parent;
    if (!parent || parent === current) return null;
    current = parent;
  }
  return null;
}

/** Order numbers shown anywhere from the frame up to its page: an editor frame shows none itself. */
export function knownIdentifiersInContext(context: GuardFrameContext): string[] {
  return [...new Set(context.documents.flatMap((doc) => collectKnownIdentifiers(doc)))];
}
