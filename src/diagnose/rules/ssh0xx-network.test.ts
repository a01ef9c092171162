// Table tests of the SSH0xx rules (DNS, TCP, connection closed, proxy, success).
import { fire, quiet } from '../cases/ssh0xx-network.js';
import { describeRuleTable } from '../test-table.js';

describeRuleTable('SSH0xx network and connection', fire, quiet);
