import { loginFromSubject } from './subject-login.js';

describe('loginFromSubject', () => {
  it.each([
    ["ssh first connexion problem for login 'alice'", 'alice'],
    ['Re: ssh first connexion problem for login "bob.smith"', 'bob.smith'],
    ['Fwd: SSH first connection problem for login: jdoe', 'jdoe'],
    ['ssh first connexion problem for login « jean-luc »', 'jean-luc'],
    ['ssh first connexion problem for login ‘carol_2’', 'carol_2'],
    ['ssh first connexion problem for login=dave', 'dave'],
  ])('reads %s', (subject, login) => {
    expect(loginFromSubject(subject)).toBe(login);
  });

  it.each([
    ["ssh first connexion problem for login 'your login on IPSL mesocenter'"],
    ['ssh problem'],
    [''],
    [null],
  ])('gives null for %s', (subject) => {
    expect(loginFromSubject(subject)).toBeNull();
  });
});
