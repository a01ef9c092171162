// Table tests of wrappers, other clients and servers, multi-step authentication and proxy programs.
import { fire, quiet } from '../cases/other-clients.js';
import { describeRuleTable } from '../test-table.js';

describeRuleTable('other clients, wrappers, second factor, proxy programs', fire, quiet);
