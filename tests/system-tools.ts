import { execFileSync } from 'node:child_process';

/**
 * Whether a test-only system tool (e.g. PROJ's `cs2cs` from Debian's proj-bin, installed by
 * tests/ensure-system-deps.mjs) can be run here: tests that compare with it skip without it.
 */
export function toolAvailable(command: string): boolean {
  try {
    execFileSync(command, [], { stdio: 'ignore' });
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}
