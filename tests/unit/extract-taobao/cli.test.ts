import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliIo, declaredCharset, decodeHtmlBytes, runExtractCli } from '../../../scripts/extract-cli';
import { FIXTURES } from './parse-html';

function capture(): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (t: string) => {
      io.out += t;
    },
    stderr: (t: string) => {
      io.err += t;
    },
    readFile: (p: string) => readFileSync(p),
  };
  return io;
}

const GBK_PAGE = join(FIXTURES, 'synthetic/taobao/gbk-order-detail.html');
const REAL_DETAIL = join(FIXTURES, 'real/taobao/taobao_ordersdetails.html');

describe('extract CLI core', () => {
  it('decodes the undeclared GBK page by falling back from UTF-8 and extracts its order', async () => {
    const io = capture();
    const code = await runExtractCli(
      [GBK_PAGE, '--url', 'https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=1234567890123456'],
      io,
    );
    expect(code).toBe(0);
    expect(io.err).toMatch(/gb18030/);
    const result = JSON.parse(io.out);
    expect(result).toMatchObject({ platform: 'taobao', marketplace: 'taobao', pageKind: 'order-detail' });
    expect(result.orders).toHaveLength(1);
    expect(result.orders[0]).toMatchObject({
      orderId: '1234567890123456',
      orderDate: '2016-01-01',
      total: { amount: 58, currency: 'CNY' },
      shop: '示例小铺',
      status: '交易成功',
      shipments: [{ trackingId: '73100000000001', carrier: '中通快递' }],
    });
    expect(Array.isArray(result.diagnostics)).toBe(true);
    expect(result.diagnostics.length).toBeGreaterThan(0);
  });

  it('extracts the real detail page (UTF-8 bytes that still declare gbk)', async () => {
    const io = capture();
    const url = 'https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=4861628750601004803';
    expect(await runExtractCli([REAL_DETAIL, `--url=${url}`], io)).toBe(0);
    expect(io.err).toMatch(/utf-8/);
    const result = JSON.parse(io.out);
    expect(result.orders[0].orderId).toBe('4861628750601004803');
    expect(result.orders[0].shipments[0]).toMatchObject({ trackingId: '78955216713428', carrier: '中通快递' });
  });

  it.each([
    [[], 2, /missing the saved page/],
    [[GBK_PAGE], 2, /missing --url/],
    [[GBK_PAGE, '--url'], 2, /--url needs a value/],
    [[GBK_PAGE, '--url', 'not a url'], 2, /not a valid URL/],
    [[GBK_PAGE, '--url', 'ftp://x.taobao.com/'], 2, /must be http/],
    [[GBK_PAGE, '--bogus'], 2, /unknown option/],
    [['/no/such/file.html', '--url', 'https://trade.taobao.com/'], 1, /no such file/],
  ])('%j exits %i with a clear message', async (args, code, message) => {
    const io = capture();
    expect(await runExtractCli(args as string[], io)).toBe(code);
    expect(io.err).toMatch(message);
    expect(io.out).toBe('');
  });

  it('--help prints usage and exits 0', async () => {
    const io = capture();
    expect(await runExtractCli(['--help'], io)).toBe(0);
    expect(io.out).toMatch(/Usage: npx tsx scripts\/extract-cli\.ts/);
  });
});

describe('charset detection', () => {
  const enc = new TextEncoder();
  it('honours a UTF-8 BOM and meta declarations', () => {
    expect(decodeHtmlBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode('订单')]))).toMatchObject({
      text: '订单',
      how: 'BOM',
    });
    expect(declaredCharset(enc.encode('<meta charset="GBK">'))).toBe('gbk');
    expect(declaredCharset(enc.encode('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'))).toBe(
      'gb2312',
    );
    expect(declaredCharset(enc.encode('<p>none</p>'))).toBeNull();
  });
  it('uses a declared legacy charset when the bytes are not UTF-8', () => {
    // "订单" in GBK is B6 A9 B5 A5 — invalid as UTF-8.
    const bytes = new Uint8Array([...enc.encode('<meta charset="gbk"><p>'), 0xb6, 0xa9, 0xb5, 0xa5]);
    const decoded = decodeHtmlBytes(bytes);
    expect(decoded.charset).toBe('gbk');
    expect(decoded.text).toContain('订单');
  });
  it('decodes a GBK label as browsers do (the GB18030 decoder): A2E3 is €, A8BF ǹ, FE50 ⺁', () => {
    for (const label of ['gbk', 'GB2312', 'x-gbk']) {
      const bytes = new Uint8Array([...enc.encode(`<meta charset="${label}"><p>`), 0xa2, 0xe3, 0xa8, 0xbf, 0xfe, 0x50]);
      expect(decodeHtmlBytes(bytes).text).toContain('€ǹ⺁');
    }
  });
});
