// Table tests of the SSH0xx rules (DNS, TCP, connection closed, proxy, success).

import { describeRuleTable } from '../support/rule-table.js';
import { fire, quiet } from './cases/ssh0xx-network.js';

describeRuleTable('SSH0xx network and connection', fire, quiet);
