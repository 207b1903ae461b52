import type { Actor } from '../model/actor.js';

/** Sector (role) codes that may follow a country or class block; see docs/actor-codes.md. */
export const ROLE_CODES: ReadonlySet<string> = new Set([
  'GOV', 'MIL', 'COP', 'JUD', 'LEG', 'OPP', 'REB', 'INS', 'SPY', 'BUS', 'MED', 'CVL', 'REF', 'EDU',
  'HLH', 'LAB', 'ELI', 'CRM', 'UAF', 'RAD', 'MOD', 'REL', 'ENV', 'HRI', 'AGR', 'DEV', 'SEP', 'PTY',
  'NGO', 'IMG', 'MUS', 'CHR', 'JEW', 'BUD', 'HIN', 'SUN', 'SHI', 'PRO', 'UNK', 'MNC',
]);

/** Class blocks for actors that belong to no one state (they take the country position). */
export const CLASS_CODES: ReadonlySet<string> = new Set(['IGO', 'IMG', 'NGO', 'MNC']);

const CODE_RE = /^[A-Z]{3,15}$/;

/** True when the string has the shape of an actor code (upper-case letters, at least three). */
export function isCodeShaped(code: string): boolean {
  return CODE_RE.test(code);
}

/**
 * Splits a code into country, roles and group so every stage reads codes the same way.
 * The first block is a country when `isCountry` says so, a class (IGO, IMG, ...) otherwise; then
 * three-letter role blocks; the first block that is not a role is the group (four letters when the
 * remaining length leaves a remainder of one modulo three, so `NATO` and `UNO` both work).
 */
export function decomposeCode(code: string, isCountry: (c: string) => boolean): Pick<Actor, 'code' | 'country' | 'roles' | 'group'> {
  const roles: string[] = [];
  let group: string | null = null;
  let country: string | null = null;
  let rest = code;
  const first = code.slice(0, 3);
  if (isCountry(first)) {
    country = first;
    rest = code.slice(3);
  } else if (CLASS_CODES.has(first)) {
    rest = code.slice(3);
  } else if (ROLE_CODES.has(first)) {
    // role-only code such as `GOV` (country not yet known)
  } else {
    // a bare group code such as `NATO`
  }
  while (rest.length > 0) {
    const block = rest.slice(0, 3);
    if (ROLE_CODES.has(block) && !(group === null && rest.length % 3 === 1)) {
      roles.push(block);
      rest = rest.slice(3);
      continue;
    }
    if (group !== null) {
      // two non-role blocks: keep the remainder as part of the group id rather than lose it
      group += rest;
      break;
    }
    const len = rest.length % 3 === 1 ? 4 : 3;
    group = rest.slice(0, len);
    rest = rest.slice(len);
  }
  return { code, country, roles, group };
}
