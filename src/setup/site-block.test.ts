import { IPSL_PROFILE } from '../profile/profile.js';
import { siteBlock } from './site-block.js';

describe('siteBlock', () => {
  it('names the site by its alias and host name, with the login and only this key', () => {
    const b = siteBlock(
      IPSL_PROFILE,
      { host: 'ciclad.ipsl.jussieu.fr', port: 22, login: 'alice' },
      '~/.ssh/meso_rsa',
      'D',
    );
    expect(b.patterns).toEqual(['ciclad', 'ciclad.ipsl.jussieu.fr']);
    expect(b.options).toEqual([
      ['HostName', 'ciclad.ipsl.jussieu.fr'],
      ['User', 'alice'],
      ['IdentityFile', '~/.ssh/meso_rsa'],
      ['IdentitiesOnly', 'yes'],
    ]);
  });

  it('another host: its own name, the port when not 22, no User when the login was not given', () => {
    const b = siteBlock(
      IPSL_PROFILE,
      { host: 'hpc.example.org', port: 2222, login: null },
      '~/.ssh/id_rsa',
      'D',
    );
    expect(b.patterns).toEqual(['hpc.example.org']);
    expect(b.options).toEqual([
      ['HostName', 'hpc.example.org'],
      ['Port', '2222'],
      ['IdentityFile', '~/.ssh/id_rsa'],
      ['IdentitiesOnly', 'yes'],
    ]);
  });
});
