import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { expect, it } from 'vitest';

/*
 * The README says Node 20.19 or newer, and CI runs 20 and 24: every runtime dependency must
 * say the same in its `engines`, or `npm ci` warns EBADENGINE where users install it.
 * (package.json's overrides keep graphql-yoga's @graphql-tools on releases that do.)
 */
it('every runtime dependency supports Node 20.19 and 24', () => {
  const wanted = readFileSync(new URL('../package.json', import.meta.url), 'utf8');
  expect(JSON.parse(wanted).engines.node).toBe('>=20.19.0');
  const folders = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], {
    cwd: new URL('..', import.meta.url),
    encoding: 'utf8',
  })
    .split('\n')
    .filter((line) => line.includes('node_modules'));
  expect(folders.length).toBeGreaterThan(50);
  const unsupported: string[] = [];
  for (const folder of new Set(folders)) {
    const manifest = JSON.parse(readFileSync(`${folder}/package.json`, 'utf8')) as {
      name: string;
      version: string;
      engines?: { node?: string };
    };
    const range = manifest.engines?.node;
    if (!range) continue;
    for (const node of ['20.19.0', '24.0.0']) {
      if (!semver.satisfies(node, range))
        unsupported.push(`${manifest.name}@${manifest.version} (${range})`);
    }
  }
  expect(unsupported).toEqual([]);
});
