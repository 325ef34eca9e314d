import { expect } from '@open-wc/testing';
import { checkRoles, roleReasonKey, rolesConverter } from '../../src/components/shared/roles.js';

describe('roles', () => {
  it('reads the attribute as a list; an empty one says nothing', () => {
    const read = (value: string | null) => rolesConverter.fromAttribute!(value, undefined);
    expect(read('CREATOR CONTROLLER')).to.deep.equal(['CREATOR', 'CONTROLLER']);
    expect(read(' CREATOR,CONTROLLER ')).to.deep.equal(['CREATOR', 'CONTROLLER']);
    expect(read('')).to.equal(undefined);
    expect(read(null)).to.equal(undefined);
    expect(rolesConverter.toAttribute!(['CREATOR', 'CONTROLLER'], undefined)).to.equal(
      'CREATOR CONTROLLER',
    );
  });

  it('allows an action for any of its roles, or when the host gave none', () => {
    expect(checkRoles(['CONTROLLER'], ['CREATOR', 'CONTROLLER'])).to.deep.equal({ allowed: true });
    expect(checkRoles(['CONTROLLER'], undefined)).to.deep.equal({ allowed: true });
    expect(checkRoles(['CREATOR', 'CONTROLLER'], ['CONTROLLER'])).to.deep.equal({ allowed: true });
    expect(checkRoles(['CONTROLLER'], ['CREATOR'])).to.deep.equal({
      allowed: false,
      needs: 'CONTROLLER',
    });
    expect(checkRoles(['CONTROLLER'], [])).to.deep.equal({ allowed: false, needs: 'CONTROLLER' });
    expect(roleReasonKey('CONTROLLER')).to.equal('reason.role.CONTROLLER');
  });
});
