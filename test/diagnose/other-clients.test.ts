// Table tests of wrappers, other clients and servers, multi-step authentication and proxy programs.
import { describeRuleTable } from '../support/rule-table.js';
import { fire, quiet } from './cases/other-clients.js';

describeRuleTable('other clients, wrappers, second factor, proxy programs', fire, quiet);
