// Every fix, one per rule id: adding a fix is one file beside its rule id plus a line here.
import type { Fix } from './fix.js';
import { ssh101Fix } from './ssh101.js';
import { ssh103Fix } from './ssh103.js';
import { ssh104Fix } from './ssh104.js';
import { ssh105Fix } from './ssh105.js';
import { ssh106Fix } from './ssh106.js';
import { ssh107Fix } from './ssh107.js';
import { ssh108Fix } from './ssh108.js';
import { ssh110Fix } from './ssh110.js';
import { ssh202Fix } from './ssh202.js';
import { ssh205Fix } from './ssh205.js';
import { ssh206Fix } from './ssh206.js';
import { ssh209Fix } from './ssh209.js';
import { ssh210Fix } from './ssh210.js';
import { ssh301Fix } from './ssh301.js';
import { ssh302Fix } from './ssh302.js';
import { ssh303Fix } from './ssh303.js';
import { ssh305Fix } from './ssh305.js';
import { ssh311Fix } from './ssh311.js';

export const FIXES: readonly Fix[] = [
  ssh101Fix,
  ssh103Fix,
  ssh104Fix,
  ssh105Fix,
  ssh106Fix,
  ssh107Fix,
  ssh108Fix,
  ssh110Fix,
  ssh202Fix,
  ssh205Fix,
  ssh206Fix,
  ssh209Fix,
  ssh210Fix,
  ssh301Fix,
  ssh302Fix,
  ssh303Fix,
  ssh305Fix,
  ssh311Fix,
];
