import type { Principal } from '../../../lib/identity.ts';
import type { Viewer, ViewerKind } from '../generated/resolvers.ts';
import { asEnum } from './enums.ts';

/** The caller as the API shows them: the principal's kind, user id and (for a buyer) account. */
export function viewerOf(principal: Principal): Viewer {
  return {
    kind: asEnum<ViewerKind>(principal.kind),
    subject: principal.kind === 'anonymous' ? null : principal.subject,
    accountId: principal.kind === 'buyer' ? principal.accountId : null,
  };
}
