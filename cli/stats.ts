// npm run -s stats — gazetteer coverage: entities by kind and scope, tenures, names by script, known gaps
// (`-- --gaps` lists them). The same summary as `tanys entities` prints on stderr.
import { readSourceFiles, readMeta } from '../lib/gazetteer/load-node';
import { validateFiles } from '../lib/gazetteer/validate';
import { coverageReport } from '../lib/gazetteer/coverage';
import { endQuietlyWhenReaderStops } from './stdout';

endQuietlyWhenReaderStops();

const { entities, fileOf } = validateFiles(readSourceFiles());
const listGaps = process.argv.includes('--gaps');
for (const line of coverageReport(entities, readMeta().asOf, fileOf, listGaps)) console.log(line);
if (!listGaps) console.log('  (npm run -s stats -- --gaps lists them)');
