/**
 * Who may see what: a super admin (or the bearer API) sees everything; an organisation admin sees
 * the subtree of their organisation, found by the materialised path `organisations.path` ("/1/4/").
 */

/** The visible part of the organisation tree. */
export type OrgScope = { kind: 'all' } | { kind: 'subtree'; orgId: number; path: string };

export const ALL_ORGS: OrgScope = { kind: 'all' };

/** True when an organisation with materialised `path` lies inside the scope. */
export function pathInScope(scope: OrgScope, path: string | null | undefined): boolean {
  if (scope.kind === 'all') return true;
  return typeof path === 'string' && path.startsWith(scope.path);
}

/** Thrown when a record exists but lies outside the caller's subtree (shown as 403, not as data). */
export class OutOfScopeError extends Error {
  constructor(what: string) {
    super(`out of scope: ${what}`);
    this.name = 'OutOfScopeError';
  }
}

/** Thrown when a referenced record does not exist. */
export class NotFoundError extends Error {
  constructor(what: string) {
    super(`not found: ${what}`);
    this.name = 'NotFoundError';
  }
}

/** Field-level validation failure: field name → zh-CN message, shown next to the field. */
export class ValidationError extends Error {
  constructor(readonly fields: Record<string, string>) {
    super(`invalid: ${Object.keys(fields).join(', ')}`);
    this.name = 'ValidationError';
  }
}
