import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose } from '../src/diagnose/engine.js';
import type { Rule } from '../src/diagnose/rule.js';
import type { Catalogue } from '../src/diagnose/catalogue/catalogue.js';
import { splitLegacyTranscript } from '../src/parse/legacy-split.js';
import { IPSL_PROFILE } from '../src/profile/profile.js';
import { redactText } from '../src/redact/redact-text.js';
import { assembleReport } from '../src/report/assemble-report.js';
import { legacyEvidence } from '../src/triage/legacy-evidence.js';
import { unwrapLines } from '../src/triage/unwrap-lines.js';

const ROOT = new URL('..', import.meta.url).pathname;
const cat = new Proxy({}, { get: (_t, k) => ({ title: String(k), explanation: '', fix: '' }), has: () => true }) as Catalogue;

test('scratch', async () => {
  const dir = join(ROOT, 'src/diagnose/rules');
  const rules: Rule[] = [];
  for (const f of readdirSync(dir).filter((f) => /^ssh\d+/.test(f))) {
    const m = (await import(join(dir, f))) as Record<string, unknown>;
    for (const v of Object.values(m)) if (v && typeof v === 'object' && 'match' in v && 'rank' in v) rules.push(v as Rule);
  }
  const rows: string[] = [];
  let ok = 0; let n = 0;
  for (const s of readdirSync(join(ROOT, 'fixtures-triage')).sort()) {
    if (!existsSync(join(ROOT, 'fixtures', s, 'expected.json'))) continue;
    const exp = JSON.parse(readFileSync(join(ROOT, 'fixtures', s, 'expected.json'), 'utf8')).cause;
    const variants: [string, string][] = [['orig', readFileSync(join(ROOT, 'fixtures', s, 'transcript.txt'), 'utf8')]];
    for (const f of readdirSync(join(ROOT, 'fixtures-triage', s))) variants.push([f, readFileSync(join(ROOT, 'fixtures-triage', s, f), 'utf8')]);
    const got = variants.map(([v, t]) => {
      const r = redactText(t);
      const tr = splitLegacyTranscript(unwrapLines(r.text));
      const rep = assembleReport({ evidence: legacyEvidence(tr), target: { login: tr.login, host: tr.host, port: null }, profile: IPSL_PROFILE, source: { kind: 'triage', name: v }, createdAt: 'x' });
      const d = diagnose(rep, IPSL_PROFILE, rules, cat);
      n++; if (d.cause === exp) ok++;
      return `${v.replace('.txt', '')}=${d.cause === exp ? 'ok' : d.cause}`;
    });
    rows.push(`${s} [${exp}]: ${got.join(' ')}`);
  }
  console.log(`${rules.length} rules; ${ok}/${n}\n${rows.join('\n')}`);
});
