// Users type the subject by hand from the help page: read the login from its variants, refuse the placeholder.

const LOGIN_IN_SUBJECT =
  /\blog(?:in|on)\b(?:\s+(?:name|is))?\s*[:=]?\s*(?:["'`‘’“”«»]\s*)?([A-Za-z_][A-Za-z0-9._-]{0,63})(?:\s*["'`‘’“”«»])?/i;
const PLACEHOLDERS = /^(?:your|votre|ton|replace_by_your_login|login|name|user(?:name)?|on|for|sur|xxx+)$/i;

/**
 * The login from `ssh first connexion problem for login 'alice'`, `Re: ... login "alice"`, `login: alice`,
 * `login « alice »`; null for the help page's placeholder (`'your login on IPSL mesocenter'`) or none.
 */
export function loginFromSubject(subject: string | null): string | null {
  if (!subject) return null;
  const m = LOGIN_IN_SUBJECT.exec(subject);
  const login = m?.[1];
  if (!login || PLACEHOLDERS.test(login)) return null;
  return login;
}
