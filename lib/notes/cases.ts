import type { ExtractedOrder } from '../extract/types';
import { caseTables, type NotesContext, refreshSearchRow, sanitizeCaseText, withoutUndefined } from './context';
import { isConstraintError, mapStorageErrors, NotesError } from './errors';
import { isLegacyTime, isStorableTime, LIMITS } from './limits';
import {
  CASE_PLATFORMS,
  CASE_STATUSES,
  type Case,
  type CasePlatform,
  type CaseStatus,
  type ManualOrderInfo,
} from './types';

export interface NewCase {
  platform: CasePlatform;
  marketplace?: string;
  orderId?: string;
  shop?: string;
  title: string;
  status?: CaseStatus;
  followUpAt?: number;
  helpUrl?: string;
  manual?: ManualOrderInfo;
}

type Editable = Omit<Case, 'id' | 'createdAt' | 'updatedAt'>;
/** `undefined` leaves a field alone; `null` clears an optional field (e.g. `followUpAt: null` cancels the reminder). */
export type CasePatch = { [K in keyof Editable]?: undefined extends Editable[K] ? Editable[K] | null : Editable[K] };

export type CaseSort = 'updated' | 'followUp' | 'created';
export interface ListCasesOptions {
  status?: CaseStatus | readonly CaseStatus[];
  platform?: CasePlatform | readonly CasePlatform[];
  sort?: CaseSort;
}

function checkLength(field: string, value: string | undefined, max: number): void {
  if (value !== undefined && value.length > max) {
    throw new NotesError('invalid', 'tooLong', [field, max.toLocaleString('en')]);
  }
}

/** Runtime checks for values that come from the UI (typed, but still user-controlled). */
export function validateCase(c: Case, before?: Case): void {
  if (!CASE_PLATFORMS.includes(c.platform))
    throw new NotesError('invalid', 'unknownValue', ['platform', String(c.platform)]);
  if (!CASE_STATUSES.includes(c.status)) throw new NotesError('invalid', 'unknownValue', ['status', String(c.status)]);
  // A follow-up an older build stored before 1970, left as it was by this edit, is kept (see isLegacyTime).
  const kept = c.followUpAt === before?.followUpAt && isLegacyTime(c.followUpAt ?? 0);
  if (c.followUpAt !== undefined && !isStorableTime(c.followUpAt) && !kept) {
    throw new NotesError('invalid', 'expectedTime', ['followUpAt']);
  }
  checkLength('title', c.title, LIMITS.text);
  checkLength('shop', c.shop, LIMITS.text);
  checkLength('orderId', c.orderId, LIMITS.id);
  checkLength('marketplace', c.marketplace, LIMITS.id);
  checkLength('helpUrl', c.helpUrl, LIMITS.url);
  const { item, quantity, ...facts } = c.manual ?? {};
  for (const [k, v] of Object.entries(facts)) checkLength(`manual.${k}`, v, LIMITS.id);
  // An item's title is a product name (Amazon's run past 200 characters), not a short code.
  checkLength('manual.item', item, LIMITS.text);
  if (quantity !== undefined && !isQuantity(quantity)) {
    throw new NotesError('invalid', 'unknownValue', ['manual.quantity', String(quantity)]);
  }
  // A count of an item (types.ts: only with an item): without one it counts nothing any form or template can show.
  // One stored so by an earlier import and left as it was by this edit (a status change) does not block the edit.
  const orphanKept = before?.manual?.quantity === quantity && !before?.manual?.item?.trim();
  if (quantity !== undefined && !item?.trim() && !orphanKept) {
    throw new NotesError('invalid', 'required', ['manual.item']);
  }
}

/** How many pieces of an item a manual order can say: a whole number from 1 to `LIMITS.quantity`. */
export function isQuantity(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= LIMITS.quantity;
}

/**
 * Builds a case and writes it in ONE rw transaction with its search row. `build` may read the stored case: inside
 * the transaction that read cannot go stale, so two panels patching different fields do not lose either change.
 */
async function writeCase(
  ctx: NotesContext,
  mode: 'add' | 'put',
  build: () => Promise<Case> | Case,
  before?: () => Case | undefined,
): Promise<Case> {
  const { db } = ctx;
  let c: Case | undefined;
  return mapStorageErrors(async () => {
    try {
      return await db.transaction('rw', caseTables(db), async () => {
        c = await build();
        validateCase(c, before?.());
        if (mode === 'add') await db.cases.add(c);
        else await db.cases.put(c);
        await refreshSearchRow(db, c.id);
        return c;
      });
    } catch (err) {
      if (c && isConstraintError(err)) {
        throw new NotesError('invalid', 'caseExists', [c.orderId ?? '', c.marketplace ?? c.platform], { cause: err });
      }
      throw err;
    }
  });
}

export async function createCase(ctx: NotesContext, input: NewCase): Promise<Case> {
  const at = ctx.now();
  const c = withoutUndefined(
    sanitizeCaseText(ctx.sanitize, {
      ...input,
      id: ctx.newId(),
      status: input.status ?? 'open',
      manual: input.manual ? withoutUndefined(input.manual) : undefined,
      createdAt: at,
      updatedAt: at,
    }),
  ) as Case;
  return writeCase(ctx, 'add', () => c);
}

export async function getCase(ctx: NotesContext, id: string): Promise<Case | undefined> {
  return ctx.db.cases.get(id);
}

export async function findCaseForOrder(
  ctx: NotesContext,
  platform: CasePlatform,
  marketplace: string,
  orderId: string,
): Promise<Case | undefined> {
  return ctx.db.cases.where('[platform+marketplace+orderId]').equals([platform, marketplace, orderId]).first();
}

/** Order facts worth keeping with the case: the page may be gone when the user writes the escalation. */
function orderFacts(order: ExtractedOrder): ManualOrderInfo | undefined {
  const shipment = order.shipments.find((s) => s.trackingId) ?? order.shipments[0];
  const facts = withoutUndefined({
    orderDate: order.orderDate,
    trackingId: shipment?.trackingId,
    carrier: shipment?.carrier,
    total: order.total?.text,
  });
  return Object.keys(facts).length ? facts : undefined;
}

/**
 * The case for an order seen on a shop page, created on first use. Look-up and insert run in one rw transaction,
 * and the unique compound index makes a concurrent insert from another page fail instead of duplicating.
 */
export async function getOrCreateCaseForOrder(
  ctx: NotesContext,
  order: ExtractedOrder,
  platform: CasePlatform,
  marketplace: string,
): Promise<Case> {
  if (!order.orderId) throw new NotesError('invalid', 'required', ['orderId']);
  const { db } = ctx;
  return mapStorageErrors(() =>
    db.transaction('rw', caseTables(db), async () => {
      const existing = await findCaseForOrder(ctx, platform, marketplace, order.orderId);
      if (existing) return existing;
      const at = ctx.now();
      const firstItem = order.items.find((i) => i.title)?.title;
      const c = withoutUndefined(
        sanitizeCaseText(ctx.sanitize, {
          id: ctx.newId(),
          platform,
          marketplace,
          orderId: order.orderId,
          shop: order.shop,
          title: (firstItem ?? `Order ${order.orderId}`).slice(0, LIMITS.text),
          status: 'open' as const,
          manual: orderFacts(order),
          createdAt: at,
          updatedAt: at,
        }),
      ) as Case;
      validateCase(c);
      await db.cases.add(c);
      await refreshSearchRow(db, c.id);
      return c;
    }),
  );
}

export async function updateCase(ctx: NotesContext, id: string, patch: CasePatch): Promise<Case> {
  const clean = sanitizeCaseText(ctx.sanitize, patch as Partial<Case>);
  let current: Case | undefined;
  return writeCase(
    ctx,
    'put',
    async () => {
      current = await ctx.db.cases.get(id);
      if (!current) throw new NotesError('not-found', 'caseNotFound', [id]);
      const next: Record<string, unknown> = { ...current };
      for (const [k, v] of Object.entries(clean)) {
        if (k === 'id' || k === 'createdAt' || k === 'updatedAt' || v === undefined) continue;
        if (v === null) delete next[k];
        else next[k] = v;
      }
      next.updatedAt = Math.max(ctx.now(), current.updatedAt);
      return next as unknown as Case;
    },
    () => current,
  );
}

export async function listCases(ctx: NotesContext, options: ListCasesOptions = {}): Promise<Case[]> {
  const statuses = options.status === undefined ? null : ([] as CaseStatus[]).concat(options.status);
  const platforms = options.platform === undefined ? null : ([] as CasePlatform[]).concat(options.platform);
  const rows = statuses ? await ctx.db.cases.where('status').anyOf(statuses).toArray() : await ctx.db.cases.toArray();
  const filtered = platforms ? rows.filter((c) => platforms.includes(c.platform)) : rows;
  return sortCases(filtered, options.sort ?? 'updated');
}

export function sortCases(cases: Case[], sort: CaseSort): Case[] {
  const byId = (a: Case, b: Case) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  switch (sort) {
    case 'created':
      return cases.sort((a, b) => b.createdAt - a.createdAt || byId(a, b));
    case 'followUp':
      // Soonest first; cases without a follow-up go last, most recently updated first.
      return cases.sort(
        (a, b) =>
          (a.followUpAt ?? Number.POSITIVE_INFINITY) - (b.followUpAt ?? Number.POSITIVE_INFINITY) ||
          b.updatedAt - a.updatedAt ||
          byId(a, b),
      );
    default:
      return cases.sort((a, b) => b.updatedAt - a.updatedAt || byId(a, b));
  }
}
