// Runs the command line in this very process, and on exit writes its peak resident memory (kB) and CPU time
// (µs) as JSON to the file USAGE_FILE names: the bounds the hostile-XML tests assert.
import { writeFileSync } from 'node:fs';

const file = process.env.USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRSS, cpu: userCPUTime + systemCPUTime }));
  });
}
await import('../../bin/policy-widgets.js');
