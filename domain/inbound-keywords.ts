// Inbound WhatsApp keywords: a reply that is only STOP (or one of its variants) withdraws
// consent; START and its variants give it back. Pure function, safe in workflow code.
//
// What counts:
//   - The whole message must be a keyword, compared case-insensitively after NFKC, with emoji,
//     punctuation and spacing ignored: "Stop.", " STOP 🛑", "opt-out", "Stop All" all match.
//   - Polite filler around a keyword still counts ("STOP please", "pls unsubscribe", "stop now",
//     "बंद करो ji"): someone who writes that wants the messages to stop, and missing an opt-out
//     is the costly mistake. The filler words are a short fixed list (FILLER below).
//   - Anything else is not a keyword: "don't stop", "stop sending me offers for shoes" and
//     "when does the sale end" are conversation, not opt-outs; a human reads those.
// Hindi and Hinglish: "band karo" / "bandh karo" / "बंद" / "बंद करो" / "mat bhejo" / "मत भेजो" are
// opt-outs; "shuru karo" / "शुरू करो" are opt-ins.

export type InboundKeyword = 'opt_out' | 'opt_in';

const OPT_OUT = [
  'stop',
  'stop all',
  'stopall',
  'unsubscribe',
  'unsub',
  'opt out',
  'optout',
  'cancel',
  'end',
  'quit',
  'revoke',
  // Hinglish (Latin script)
  'band',
  'bandh',
  'band karo',
  'bandh karo',
  'band kro',
  'band kar do',
  'band kardo',
  'bandh kar do',
  'mat bhejo',
  'message mat bhejo',
  'msg mat bhejo',
  // Hindi (Devanagari)
  'बंद',
  'बन्द',
  'बंद करो',
  'बंद करें',
  'बंद कर दो',
  'बन्द करो',
  'मत भेजो',
  'रोको',
];

const OPT_IN = ['start', 'subscribe', 'opt in', 'optin', 'unstop', 'yes start', 'resume', 'shuru karo', 'शुरू', 'शुरू करो'];

/** Words that may surround a keyword without changing what it means. */
const FILLER = new Set([
  'please',
  'pls',
  'plz',
  'plese',
  'kindly',
  'now',
  'thanks',
  'thank',
  'you',
  'thankyou',
  'ji',
  'sir',
  'madam',
  'kripya',
  'कृपया',
  'जी',
]);

const compact = (words: string[]) => words.join('');
const keywordsByForm = new Map<string, InboundKeyword>([
  ...OPT_OUT.map((keyword) => [compact(keyword.split(' ')), 'opt_out'] as const),
  ...OPT_IN.map((keyword) => [compact(keyword.split(' ')), 'opt_in'] as const),
]);

/** Lower-cased words of a message: emoji, punctuation and symbols are separators. */
function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\p{Extended_Pictographic}|\u200c|\u200d|\ufe0e|\ufe0f/gu, ' ')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '');
}

/**
 * `opt_out` when the message is an opt-out keyword (with at most polite filler around it),
 * `opt_in` for an opt-in keyword, otherwise null.
 */
export function classifyInbound(text: string): InboundKeyword | null {
  if (text.length > 200) return null; // a keyword reply is short; a long message is conversation
  const all = words(text);
  let start = 0;
  let end = all.length;
  while (start < end && FILLER.has(all[start]!)) start++;
  while (end > start && FILLER.has(all[end - 1]!)) end--;
  if (start === end) return null;
  // "STOP STOP" is as clear as "STOP".
  const core = all.slice(start, end).filter((word, i, list) => i === 0 || word !== list[i - 1]);
  return keywordsByForm.get(compact(core)) ?? null;
}
