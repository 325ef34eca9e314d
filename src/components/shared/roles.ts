/**
 * The `roles` attribute the elements share: what the host says the user may do. Roles only decide
 * what is shown enabled, with the reason when it is not; the API has the last word (a 403 is
 * shown too). Without roles every action is allowed: the host did not say.
 */
import type { ComplexAttributeConverter } from 'lit';
import type { UserRole } from '../../api/enums.js';

/** `roles="CREATOR CONTROLLER"` (spaces or commas) as a list; an empty attribute says nothing. */
export const rolesConverter: ComplexAttributeConverter<string[] | undefined> = {
  fromAttribute: (value: string | null) => {
    const roles = value?.split(/[\s,]+/).filter(Boolean);
    return roles?.length ? roles : undefined;
  },
  toAttribute: (value: string[] | undefined) => value?.join(' '),
};

/** Whether the user may act; `needs` is the role to name in the reason when not. */
export interface RoleCheck {
  allowed: boolean;
  needs?: UserRole;
}

/** Allowed when the user has any of `required`, or when the host did not give `roles`. */
export function checkRoles(
  required: readonly UserRole[],
  roles: readonly string[] | undefined,
): RoleCheck {
  const allowed = !roles || required.some((role) => roles.includes(role));
  return { allowed, ...(!allowed && { needs: required[0] }) };
}

/** The string-table key of the reason an action is disabled, e.g. `reason.role.CONTROLLER`. */
export const roleReasonKey = (needs: UserRole) => `reason.role.${needs}` as const;
