import { type AmazonReaders, one } from './extract';
import { readTrackingPage } from './read-tracking-page';

/** The tracking content script's pages: the package tracker, old and new. */
export const TRACKING_PAGE_READERS: AmazonReaders = {
  tracking: (ctx, doc) => one(readTrackingPage(ctx, doc)),
};
