// Small, pure helpers on names: legal forms, slugs for ids, generic phrases that never
// name one thing on their own.
import { normalizeName } from '../model/name-key.js';

/** Legal-form endings left out of comparisons and ids, as docs/model.md does for slugs. */
const LEGAL_FORM =
  /(?:,?\s+(?:Co\.,?\s*Ltd\.?|Co\.\s*Ltd\.?|Company\s+Limited|Limited\s+Liability\s+Company|Co\.|Ltd\.?|Limited|Inc\.?|Corp\.?|LLC))+$/i;

export function withoutLegalForm(name: string): string {
  return name.replace(LEGAL_FORM, '').trim();
}

/** `<kind>:<slug>` — lower case words joined by hyphens, apostrophes dropped ("Mayor's" → "mayors"). */
export function slug(name: string): string {
  return withoutLegalForm(name)
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Comparison key ignoring the legal form: "Huaxin Co., Ltd." and "Huaxin" compare equal. */
export function nameKey(name: string): string {
  return normalizeName(withoutLegalForm(name));
}

/** Phrases that only make sense in context ("the zone", "Development Zone"): never matched as names. */
const GENERIC = new Set(
  [
    'zone',
    'district',
    'park',
    'development zone',
    'economic zone',
    'industrial park',
    'high-tech zone',
    'new area',
    'company',
    'group',
    'university',
    'institute',
    'city',
    'our city',
    'province',
    'county',
    'village',
    'base',
    'cluster',
    'one gallery',
    'party working committee',
    'research center',
    'r&d center',
    'laboratory',
    'lab',
  ].map(normalizeName),
);

export function isGenericName(name: string): boolean {
  if (/^(the|our|this|that|its|these|those)\s/i.test(name.trim())) return true;
  return GENERIC.has(normalizeName(name));
}

/** Words of a name in lower case, punctuation dropped (for token containment). */
export function tokens(name: string): string[] {
  return withoutLegalForm(name)
    .toLowerCase()
    .replace(/['’]s\b/g, 's')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * The part of a name its head word ends: before the first "of", "for", "between" or "on"
 * ("signing ceremony" of "signing ceremony of school-enterprise cooperation").
 */
export function headPhrase(name: string): string {
  return name.split(/\s+(?:of|for|between|on)\s+/)[0] ?? name;
}

/**
 * "suspension and steering parts", "tool and die steels": one word in the singular, "and",
 * then a plural phrase of two words or more share its head — one thing, not "suspension" and
 * "steering parts". ("laminators and stringers", "wind power bearings and railway bearings"
 * are two.)
 */
export function sharesHead(first: string, second: string): boolean {
  return /^[a-z][a-z-]*$/.test(first) && !/s$/.test(first) && /^[a-z][\w-]*(?:\s+[\w-]+)*\s+[a-z][\w-]*s$/.test(second);
}

/**
 * "traditional Chinese medicine granules and tablets", "swimwear cups and pads":
 * a pair whose second item is one bare word shares the first's modifiers — one thing, as the
 * blind writers name it (four such pairs whole in the tuning gold, one split: "molybdenum
 * concentrate and ferromolybdenum"). Only a pair: "A, B and C" stays a list; and two phrases of
 * two words or more ("tank trucks and dump trucks") are two things, as the gold mostly has them.
 */
export function sharesModifiers(first: string, second: string): boolean {
  return /^[a-z][\w'’-]*(?:\s+[\w'’-]+)+$/.test(first) && /^[a-z][a-z-]*$/.test(second);
}
