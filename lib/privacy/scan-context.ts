import { foldLabelText } from '../han-fold/labels';
import { enhanceScore, readContext } from './context-words';
import { type DigitRun, findDigitRuns } from './digit-runs';
import type { Candidate, SensitiveType } from './types';

/**
 * Full-width digits and Latin letters (a zh IME in full-width mode types "６２２２…", "ＤＥ８９ …", "ａｂｃ１２３") and the
 * ideographic space U+3000. Not full-width punctuation: labels are written with （）and ：, and readers accept both.
 */
const WIDE_ALNUM_OR_SPACE = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000]/g;

/** ASCII for those: one UTF-16 unit for one, so every offset into the result is an offset into the text. */
function narrowAlnum(text: string): string {
  return text.replace(WIDE_ALNUM_OR_SPACE, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/** Shared, lazily computed views of one text, handed to every detector. */
export class ScanContext {
  private digitRuns: DigitRun[] | undefined;
  private narrowed: string | undefined;
  private folded: string | undefined;
  private readonly claimed: Uint8Array;
  constructor(readonly text: string) {
    this.claimed = new Uint8Array(text.length);
  }

  /** Marks a span as taken by a finding no cheaper detector could beat (or by an order ID). */
  claim(start: number, end: number): void {
    this.claimed.fill(1, start, end);
  }

  isClaimed(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.claimed[i]) return true;
    return false;
  }

  /**
   * The text with full-width digits, Latin letters and ideographic spaces made ASCII, same length: what number
   * readers (runs, checksums, IBANs, labelled values) look at. Spans and reported values still come from `text`.
   */
  get narrowText(): string {
    this.narrowed ??= narrowAlnum(this.text);
    return this.narrowed;
  }

  /**
   * `narrowText` with traditional Chinese folded to simplified, same length: what the label patterns read, so a
   * shopper in Hong Kong or Taiwan who types 驗證碼, 安全碼 or 帳號 is warned as one who types 验证码 (the labels are
   * written in simplified characters, and folded too: see `foldLabelText`).
   */
  get labelText(): string {
    this.folded ??= foldLabelText(this.narrowText);
    return this.folded;
  }

  get runs(): DigitRun[] {
    this.digitRuns ??= findDigitRuns(this.narrowText);
    return this.digitRuns;
  }

  /**
   * Builds a candidate with Presidio-style context scoring, or null when the nearest label says the
   * value is an order/tracking/product number (those are what a shopper *should* give an agent).
   */
  candidate(
    type: SensitiveType,
    start: number,
    end: number,
    baseScore: number,
    opts: { labelled?: boolean } = {},
  ): Candidate | null {
    const value = this.text.slice(start, end);
    // Right after its own label a value is what the label says: the nearby words change nothing.
    if (opts.labelled) return { type, start, end, value, confidence: baseScore, hasContext: true };
    const { hasContext, labelledNotSensitive } = readContext(this.text, start, type);
    if (labelledNotSensitive) return null;
    return { type, start, end, value, confidence: enhanceScore(baseScore, hasContext), hasContext };
  }
}

export type Detector = (ctx: ScanContext) => Candidate[];
