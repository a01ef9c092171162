// Applies the site's key policy (profile keyPolicy) to a readable key: accepted types, minimum and recommended
// RSA size. IPSL: RSA only, < 2048 refused, < 4096 warned (the help page says `ssh-keygen -b 4096 -t rsa`).
import type { BlobInfo } from '../keys/ssh-blob.js';
import type { KeyPolicy } from '../profile/profile.js';
import { type Problem, problem } from './problems.js';

/** Families whose strength is their size in bits (ECDSA/ED25519 sizes are fixed by the curve). */
const SIZED = new Set(['RSA', 'DSA']);

function newKeyHint(policy: KeyPolicy): string {
  const family = policy.types.includes('RSA') ? 'RSA' : (policy.types[0] ?? 'RSA');
  if (family === 'RSA') {
    return `make a new key pair: ssh-keygen -t rsa -b ${policy.recommendedBits} (PuTTYgen/MobaXterm: RSA, ${policy.recommendedBits} bits), then send its public key`;
  }
  return `make a new key pair: ssh-keygen -t ${family.toLowerCase()}, then send its public key`;
}

/** Policy and key-kind problems for a key; [] when the site accepts it as it is. */
export function policyProblems(info: BlobInfo, policy: KeyPolicy): Problem[] {
  const out: Problem[] = [];
  if (/-cert-v01@openssh\.com$/.test(info.sshType)) {
    out.push(problem('certificate', undefined, 'send the plain public key (the .pub file without -cert)'));
    return out;
  }
  if (!policy.types.includes(info.family)) {
    out.push(
      problem('policy-type', `${info.family} key; accepted: ${policy.types.join(', ')}`, newKeyHint(policy)),
    );
    return out;
  }
  if (!SIZED.has(info.family) || info.bits === null) return out;
  if (info.bits < policy.minBits) {
    out.push(problem('policy-bits-min', `${info.bits} bits, minimum ${policy.minBits}`, newKeyHint(policy)));
  } else if (info.bits < policy.recommendedBits) {
    out.push(
      problem(
        'policy-bits-recommended',
        `${info.bits} bits, recommended ${policy.recommendedBits}`,
        newKeyHint(policy),
      ),
    );
  }
  return out;
}
