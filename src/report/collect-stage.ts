// Everything collect needs once its probes are running, in one module: the bundle loads it as one lazy part
// while ssh runs (separate imports would each become a part, duplicating sshpk and zod, and load slower).
export { inspectKeyFiles } from '../keys/inspect-key-files.js';
export { describeKeyHeader } from '../keys/key-header.js';
export { parseSshAdd } from '../parse/ssh-add.js';
export { parseSshConfig } from '../parse/ssh-config.js';
export { assertNoSecrets } from '../redact/egress.js';
export { redactText } from '../redact/redact-text.js';
export { buildCollectedReport } from './build-report.js';
export { renderText } from './render-text.js';
