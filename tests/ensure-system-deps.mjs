#!/usr/bin/env node
// Installs the Debian packages the tests need when they are missing, so that `npm test`
// passes on a new machine: chromium (browser tests) and gdal-bin (ogr2ogr, the independent
// reference for imported areas) and poppler-utils (pdftotext, pdfinfo: checks exported PDFs)
// and proj-bin (cs2cs: PROJ's own DHDN transformation, the reference for the BeTA2007 grid).
// Never downloads a browser of its own.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needed = [
  { pkg: 'chromium', file: '/usr/bin/chromium' },
  { pkg: 'gdal-bin', file: '/usr/bin/ogr2ogr' },
  { pkg: 'poppler-utils', file: '/usr/bin/pdftotext' },
  { pkg: 'proj-bin', file: '/usr/bin/cs2cs' }
].filter((n) => !existsSync(n.file));

if (needed.length === 0) process.exit(0);

const names = needed.map((n) => n.pkg).join(' ');
const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
console.log(`Installing missing Debian packages: ${names}`);
try {
  execSync(`${sudo}apt-get update -qq && ${sudo}DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${names}`, {
    stdio: 'inherit'
  });
} catch {
  console.error(`Could not install ${names}. Install them with: ${sudo}apt-get install -y ${names}`);
  process.exit(1);
}
