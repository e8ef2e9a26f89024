import type { ProblemKind } from './problem-kinds';

// Built-in English templates: the same structure as the Chinese ones (see builtin-templates-zh.ts for the seed
// references), written the way a native speaker writes to Amazon customer service or a seller. A template states
// only what is true of everyone with this problem: what the shopper did (asked the neighbours, took photos) is theirs
// to say, in a field ({tried}, {details}, with suggestions) or as an offer ("I can send photos"), never as a claim.

const ORDER_FACTS = 'Order ID: {orderId}\nOrder date: {orderDate}\nItem: {item}\nTotal: {total}\nSeller: {shop}';
const SHIPPING_FACTS = `${ORDER_FACTS}\nTracking ID: {trackingId} ({carrier})`;
const REQUEST = "What I've tried so far: {tried}\n\nCould you please {outcome}?\n\nThank you for your help.";

export const EN_TEMPLATES: Readonly<Record<ProblemKind, { title: string; body: string }>> = {
  'not-received': {
    title: 'Item not received',
    body: `Hello,

My order hasn't arrived, and I'd be grateful if you could look into it.

${SHIPPING_FACTS}

{arrival}
${REQUEST}`,
  },
  'not-shipped': {
    title: 'Order not shipped yet',
    body: `Hello,

I've paid for this order but it still hasn't shipped, and I'd be grateful if you could look into it.

${ORDER_FACTS}

{shipping} I'd like to know why it hasn't shipped and when it is expected to ship.
${REQUEST}`,
  },
  'tracking-stalled': {
    title: 'Tracking not updating',
    body: `Hello,

The tracking for my order has stopped updating, and I'm worried the package is stuck.

${SHIPPING_FACTS}
Last tracking update: {lastUpdate}

There have been no new scans since then.
${REQUEST}`,
  },
  'refund-request': {
    title: 'Refund request',
    body: `Hello,

I'd like to request a refund for this order.

${ORDER_FACTS}

Reason: {details}
${REQUEST}`,
  },
  'refund-progress': {
    title: 'Refund status',
    body: `Hello,

I'm writing to check on a refund I requested for this order.

Order ID: {orderId}
Item: {item}
Amount paid: {total}
Seller: {shop}
Refund requested on: {refundDate}

The refund hasn't reached my account yet.
${REQUEST}`,
  },
  'quality-damage': {
    title: 'Faulty or damaged item',
    body: `Hello,

There's a problem with the item I received, and I'd appreciate your help putting it right.

${ORDER_FACTS}

What's wrong: {details}
If it would help, I can send photos of the item and the packaging.
${REQUEST}`,
  },
  'wrong-item': {
    title: 'Wrong item or size',
    body: `Hello,

I received something different from what I ordered, and I'd appreciate your help putting it right.

Order ID: {orderId}
Order date: {orderDate}
Item ordered: {item}
Total: {total}
Seller: {shop}

What I received: {details}
If it would help, I can send photos of the item I received and its label.
${REQUEST}`,
  },
  'cancel-order': {
    title: 'Cancel order',
    body: `Hello,

I'd like to cancel this order before it ships.

${ORDER_FACTS}

Reason for cancelling: {details}
${REQUEST}`,
  },
  'change-address': {
    title: 'Change delivery address',
    body: `Hello,

I need to change the delivery address for this order before it ships.

Order ID: {orderId}
Order date: {orderDate}
Item: {item}
Seller: {shop}
New delivery address: {newAddress}

${REQUEST}`,
  },
  'cannot-login': {
    title: "Can't sign in",
    body: `Hello,

I can't sign in to my {platform} account and would like help checking its status.

Account (e-mail or phone): {account}
What happens: {details}
${REQUEST}`,
  },
  'account-compromised': {
    title: 'Account compromised',
    body: `Hello,

I believe someone else has been using my {platform} account. This is urgent, so I'd appreciate a quick response.

Account (e-mail or phone): {account}
What I noticed: {details}
${REQUEST}`,
  },
  'close-account': {
    title: 'Close account',
    body: `Hello,

I'd like to close my {platform} account.

Account (e-mail or phone): {account}

Before it is closed, please tell me what will happen to my order history and any remaining balance.
${REQUEST}`,
  },
  'billing-question': {
    title: 'Question about a charge',
    body: `Hello,

I have a question about a charge and would like you to check it.

Order ID: {orderId}
Order date: {orderDate}
Item: {item}
Total: {total}

The charge in question: {details}
${REQUEST}`,
  },
  'product-question': {
    title: 'Question before buying',
    body: `Hello,

I have a question about this item before I order it.

Item: {item}
Seller: {shop}

My question: {details}
${REQUEST}`,
  },
  escalation: {
    title: 'Escalation',
    body: `Hello,

I've already contacted customer service about this and it still isn't resolved, so I'd like it escalated.

Order ID: {orderId}
Item: {item}
Total: {total}
Seller: {shop}

Earlier contacts:
{contactHistory}

Could you please {outcome}?

Thank you for your help.`,
  },
};
