import { isBase58CheckBitcoinAddress, isBech32BitcoinAddress } from '../checksums';
import type { Detector } from '../scan-context';
import type { Candidate } from '../types';

const WALLET =
  /(?<![A-Za-z0-9])(?:[13][1-9A-HJ-NP-Za-km-z]{25,34}|(?:bc|tb|BC|TB)1[02-9ac-hj-np-zAC-HJ-NP-Z]{6,87}|0x[0-9a-fA-F]{40})(?![A-Za-z0-9])/g;

/**
 * Bitcoin addresses are checksum-validated like Presidio's CryptoRecognizer (Base58Check,
 * Bech32/Bech32m). Presidio stops at BTC; we add Ethereum's 0x + 40 hex, scored lower because
 * verifying its EIP-55 mixed-case checksum needs Keccak-256, which we do not ship.
 */
export const detectCryptoWallets: Detector = (ctx) => {
  const { text } = ctx;
  const out: Candidate[] = [];
  WALLET.lastIndex = 0;
  for (let m = WALLET.exec(text); m; m = WALLET.exec(text)) {
    const value = m[0];
    let base = 0;
    if (value.startsWith('0x')) base = 0.6;
    else if (/^(bc|tb)1/i.test(value)) base = isBech32BitcoinAddress(value) ? 1 : 0;
    else base = isBase58CheckBitcoinAddress(value) ? 1 : 0;
    if (base === 0) continue;
    const c = ctx.candidate('crypto-wallet', m.index, m.index + value.length, base);
    if (c) out.push(c);
  }
  return out;
};
