import { LABEL_FOLD_PAIRS } from './data/label-fold.generated';
import { hanFolder } from './folder';

/**
 * Traditional → simplified for the privacy detector's labels and context words (驗證碼 reads as 验证码, 帳號 as 帐号):
 * only the pairs whose simplified character occurs in lib/privacy's own words (scripts/gen-han-fold.mjs picks them).
 * A character no label holds can stay as it is: folding it could not make or break a match, and the table stays a
 * few hundred bytes in the guard's content script instead of the whole one (16 KB gzipped). Words and text are
 * folded alike.
 */
export const foldLabelText = hanFolder(LABEL_FOLD_PAIRS);
