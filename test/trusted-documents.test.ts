import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bearer, startGateway } from './helpers/gateway.js';
import { useRecordedGateway } from './helpers/recorded.js';

/*
 * TRUSTED_DOCUMENTS: the manifest codegen's client preset writes for the example operations
 * (examples/generated/persisted-documents.json) is all the gateway runs.
 */

const MANIFEST = 'examples/generated/persisted-documents.json';
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>;
const idOf = (operation: string) => {
  const found = Object.entries(manifest).find(([, text]) => text.includes(`${operation}(`));
  if (!found) throw new Error(`no ${operation} in the manifest`);
  return found[0];
};

const env = useRecordedGateway({ TRUSTED_DOCUMENTS: MANIFEST });

const send = (body: Record<string, unknown>) =>
  fetch(env.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...bearer() },
    body: JSON.stringify(body),
  }).then(async (r) => ({ status: r.status, ...((await r.json()) as Record<string, unknown>) }));

const variables = { projectName: 'demo', jwkName: 'signing', input: { description: 'd' } };

describe('trusted documents only (TRUSTED_DOCUMENTS set)', () => {
  it('runs a shipped operation sent by documentId', async () => {
    const result = await send({ documentId: idOf('mutation UpdateJwk'), variables });
    expect(result).toMatchObject({ data: { updateJwk: { __typename: 'UpdateJwkSuccess' } } });
    expect(env.upstream.requests.map((r) => `${r.method} ${r.path}`)).toContain(
      'PUT /apiops/projects/demo/jwks/signing/',
    );
  });

  it('runs it sent the Apollo way (extensions.persistedQuery.sha256Hash)', async () => {
    const hash = idOf('mutation UpdateJwk').replace('sha256:', '');
    const result = await send({
      variables,
      extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
    });
    expect(result).toMatchObject({ data: { updateJwk: { __typename: 'UpdateJwkSuccess' } } });
  });

  it('refuses any other operation text, before it reaches Apinizer', async () => {
    const result = await send({
      query:
        'mutation { updateJwk(projectName: "demo", jwkName: "x", input: { description: "evil" }) { __typename } }',
    });
    expect(result.status).toBe(400);
    expect(result).toMatchObject({ errors: [{ extensions: { code: 'PERSISTED_QUERY_ONLY' } }] });
    const unknown = await send({ documentId: `sha256:${'0'.repeat(64)}` });
    expect(unknown).toMatchObject({
      errors: [{ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }],
    });
    expect(env.upstream.requests).toHaveLength(0);
  });

  it('is off unless set: the demo and development take any operation', async () => {
    const open = await startGateway(env.upstream.url);
    try {
      const result = await open.post('{ __typename }');
      expect(result.data).toEqual({ __typename: 'Query' });
    } finally {
      await open.close();
    }
  });

  it('stops the start on a manifest that is not one', async () => {
    await expect(
      startGateway(env.upstream.url, { TRUSTED_DOCUMENTS: 'package.json' }),
    ).rejects.toThrow(/TRUSTED_DOCUMENTS: package.json has an entry that is not "sha256:<hex>"/);
  });
});
