// Runs the command line in this very process, and on exit writes its peak resident memory (kB) to the
// file PEAK_RSS_FILE names: the memory bound the hostile-XML tests assert.
import { writeFileSync } from 'node:fs';

const file = process.env.PEAK_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
await import('../../bin/policy-widgets.js');
