// A recipient without a script still gets a realistic fate: fractions of recipients never read,
// fail, lose a DLR, get duplicates or get read before delivered. Each draw is a hash of the seed,
// the draw's name and the number, so a rerun (or a resend to the same number) meets the same fate.
import type { DlrStep, WhatsAppScript } from './whatsapp-scripts.js';
import type { Variants } from './variants.js';

/** FNV-1a of the text, as a number in [0, 1). */
export function unitHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  // A final avalanche, so numbers that differ in one digit land far apart.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  return (hash >>> 0) / 0x1_0000_0000;
}

export function fateScript(toKey: string, variants: Variants): WhatsAppScript {
  const draw = (name: string) => unitHash(`${variants.whatsappFateSeed}|${name}|${toKey}`);
  const hit = (name: string, fraction: number) => fraction > 0 && draw(name) < fraction;
  const script: WhatsAppScript = {};
  if (hit('fail', variants.whatsappFailFraction)) {
    const codes = variants.whatsappFailCodes;
    script.failCode = codes[Math.floor(draw('fail-code') * codes.length)];
  } else if (hit('never-read', variants.whatsappNeverReadFraction)) {
    script.reach = 'delivered';
  }
  if (hit('drop', variants.whatsappDropFraction)) {
    const steps: DlrStep[] =
      script.failCode !== undefined
        ? ['failed']
        : script.reach === 'delivered'
          ? ['sent', 'delivered']
          : ['sent', 'delivered', 'read'];
    script.drop = [steps[Math.floor(draw('drop-step') * steps.length)] ?? 'sent'];
  }
  if (hit('duplicate', variants.whatsappDuplicateFraction)) script.duplicates = 1;
  if (hit('reorder', variants.whatsappReorderFraction)) script.reorder = true;
  return script;
}
