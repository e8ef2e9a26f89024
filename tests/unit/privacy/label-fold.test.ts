import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAN_FOLD_PAIRS } from '../../../lib/han-fold/data/han-fold.generated';
import { LABEL_FOLD_PAIRS } from '../../../lib/han-fold/data/label-fold.generated';
import { foldLabelText } from '../../../lib/han-fold/labels';
import { findSensitiveData } from '../../../lib/privacy';

const pairsOf = (s: string) => new Map(Array.from({ length: s.length / 2 }, (_, i) => [s[2 * i]!, s[2 * i + 1]!]));

/** Every Han character the privacy sources hold, read the way scripts/gen-han-fold.mjs reads them. */
function privacyCharacters(dir = 'lib/privacy'): Set<string> {
  const found = new Set<string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const c of privacyCharacters(path)) found.add(c);
    else if (entry.name.endsWith('.ts'))
      for (const c of readFileSync(path, 'utf8').match(/[\u3400-\u9fff]/g) ?? []) found.add(c);
  }
  return found;
}

describe("the privacy detector's traditional → simplified table", () => {
  it('holds every pair whose simplified character a privacy word uses (regenerate after adding a word)', () => {
    const all = pairsOf(HAN_FOLD_PAIRS);
    const labels = pairsOf(LABEL_FOLD_PAIRS);
    const used = privacyCharacters();
    const missing = [...all].filter(([, simp]) => used.has(simp)).filter(([trad]) => !labels.has(trad));
    expect(missing.map(([t, s]) => `${t}→${s}`)).toEqual([]);
    for (const [trad, simp] of labels) expect(all.get(trad)).toBe(simp);
    expect(labels.size).toBeLessThan(all.size / 10);
  });

  it('folds labels one character for one and leaves characters no label holds as they are', () => {
    expect(foldLabelText('驗證碼 銀行卡號 帳號 訂單號')).toBe('验证码 银行卡号 帐号 订单号');
    expect(foldLabelText('龍蝦')).toBe('龍蝦'); // 龙 and 虾 are in no privacy word: no folding needed there
  });

  it('a traditional label found through the small table marks the same span as the simplified one', () => {
    const simp = findSensitiveData('验证码：482913');
    const trad = findSensitiveData('驗證碼：482913');
    expect(trad.map((f) => [f.type, f.start, f.end])).toEqual(simp.map((f) => [f.type, f.start, f.end]));
    expect(trad.length).toBeGreaterThan(0);
  });
});
