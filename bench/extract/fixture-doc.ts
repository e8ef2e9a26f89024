import { Window } from 'happy-dom';

/**
 * Parses saved page HTML with happy-dom without ever running it: no script evaluation, no script or
 * CSS loading, no child-page navigation. Used by the extraction bench and the fixture tests.
 */
export function parseFixtureHtml(html: string, url: string): { doc: Document; close: () => Promise<void> } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      navigation: { disableChildPageNavigation: true },
    },
  });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { doc, close: () => window.happyDOM.close() };
}
