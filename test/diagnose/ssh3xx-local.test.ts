// Table tests of the SSH3xx rules (local files, config, site key policy).

import { describeRuleTable } from '../support/rule-table.js';
import { fire, quiet } from './cases/ssh3xx-local.js';

describeRuleTable('SSH3xx local files, config and site policy', fire, quiet);
