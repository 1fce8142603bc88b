import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { composeServices as composeWithApollo } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selfSignedCertificate } from '../../src/simulator/material.js';
import { type Simulated, startSimulated } from '../helpers/simulated.js';

/*
 * The gateway as one subgraph of a real supergraph: composed with a second small subgraph
 * (renewals, which extends Certificate and Jwk) by @theguild/federation-composition, and served
 * by Hive Gateway's runtime in process, all on loopback.
 */

const RENEWALS_SDL = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])
  type Certificate @key(fields: "projectName name") {
    projectName: String!
    name: String!
    renewalOwner: String
  }
  type Jwk @key(fields: "projectName name") {
    projectName: String!
    name: String!
    usedBy: [String!]!
  }
  type Query {
    "JWKs the renewals team watches: references the secrets subgraph resolves."
    watchedJwks: [Jwk!]!
  }
`;

const WATCHED = Array.from({ length: 5 }, (_, i) => ({
  projectName: 'demo',
  name: `watched-${i}`,
}));

async function listen(
  handler: Parameters<typeof createServer>[1],
): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` };
}

let env: Simulated;
let renewals: { server: Server; url: string };
let router: { server: Server; url: string };
let supergraphSdl: string;
const secretsRequests: string[] = [];

beforeAll(async () => {
  env = await startSimulated();
  const demo = env.simulator.store.projects.get('demo');
  const template = demo?.jwks.get('demo-jwk');
  if (!demo || !template) throw new Error('the simulator seed changed');
  for (const { name } of WATCHED)
    demo.jwks.set(name, { ...template, id: name, name, kid: `kid-${name}` });
  env.gateway.http.server.on('request', (req) => secretsRequests.push(req.method ?? ''));
  renewals = await listen(
    createYoga({
      logging: false,
      schema: buildSubgraphSchema({
        typeDefs: parse(RENEWALS_SDL),
        resolvers: {
          Query: { watchedJwks: () => WATCHED },
          Certificate: {
            __resolveReference: (ref: { name: string }) => ({
              ...ref,
              renewalOwner: `team-${ref.name}`,
            }),
          },
          Jwk: { usedBy: () => ['checkout'] },
        },
      }),
    }),
  );
  const { subgraphSdl } = await import('../../src/schema/index.js');
  const services = [
    { name: 'secrets', typeDefs: parse(subgraphSdl), url: env.gateway.url.href },
    { name: 'renewals', typeDefs: parse(RENEWALS_SDL), url: renewals.url },
  ];
  const composed = composeServices(services);
  expect(composed.errors).toBeUndefined();
  supergraphSdl = composed.supergraphSdl ?? '';
  // Apollo's composition takes the same subgraphs, with no errors and no hints.
  const apollo = composeWithApollo(services);
  expect(apollo.errors).toBeUndefined();
  expect(apollo.hints).toEqual([]);
  expect(apollo.supergraphSdl).toMatch(/input FileInput[^{]*@oneOf/);

  router = await listen(
    createGatewayRuntime({
      supergraph: supergraphSdl,
      logging: false,
      // Uploads: the router must take multipart requests and pass the client's Authorization
      // and CSRF preflight header on to the subgraph.
      multipart: true,
      propagateHeaders: {
        fromClientToSubgraphs: ({ request }) => ({
          authorization: request.headers.get('authorization'),
          'apollo-require-preflight': request.headers.get('apollo-require-preflight'),
        }),
      },
    }),
  );
});

afterAll(async () => {
  router?.server.close();
  router?.server.closeAllConnections();
  renewals?.server.close();
  renewals?.server.closeAllConnections();
  await env?.close();
});

const auth = () => ({ authorization: `Bearer ${env.simulator.demo?.token}` });

async function viaRouter(query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(router.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth() },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

describe('through Hive Gateway over a composed supergraph', () => {
  it('keeps @oneOf: the supergraph says FileInput, CreateJwkInput and GenerateJwkKeyInput are oneOf', async () => {
    expect(supergraphSdl).toMatch(/input FileInput[^{]*@oneOf/);
    const result = await viaRouter(`{
      file: __type(name: "FileInput") { isOneOf }
      jwk: __type(name: "CreateJwkInput") { isOneOf }
      key: __type(name: "GenerateJwkKeyInput") { isOneOf }
    }`);
    expect(result.data).toEqual({
      file: { isOneOf: true },
      jwk: { isOneOf: true },
      key: { isOneOf: true },
    });
    // So the router itself refuses a FileInput with both members, before any subgraph sees it.
    const before = secretsRequests.length;
    const both = await viaRouter(
      'mutation($input: UpdateKeystoreInput!) { updateKeystore(projectName: "demo", keystoreName: "demo-keystore", input: $input) { __typename } }',
      {
        input: {
          environments: [
            {
              environmentName: 'production',
              password: 'p',
              keyStoreType: 'JKS',
              file: { base64: 'AA==', upload: null },
            },
          ],
        },
      },
    );
    expect(JSON.stringify(both.errors)).toMatch(/Exactly one key must be specified/);
    expect(secretsRequests.length).toBe(before);
  });

  it('answers a query that spans both subgraphs', async () => {
    const result = await viaRouter(`{
      certificates(projectName: "demo") { name renewalOwner environments { environmentName } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.certificates).toContainEqual(
      expect.objectContaining({ name: 'demo-certificate', renewalOwner: 'team-demo-certificate' }),
    );
  });

  it('resolves many references from the other subgraph in one batched _entities call', async () => {
    secretsRequests.length = 0;
    env.simulator.received.length = 0;
    const result = await viaRouter('{ watchedJwks { name kid usedBy } }');
    expect(result.data?.watchedJwks).toEqual(
      WATCHED.map(({ name }) => ({ name, kid: `kid-${name}`, usedBy: ['checkout'] })),
    );
    // One request to this subgraph for all five references, and one Apinizer get per JWK.
    expect(secretsRequests).toEqual(['POST']);
    expect(env.simulator.received.map((r) => r.rawPath).sort()).toEqual(
      WATCHED.map(({ name }) => `/apiops/projects/demo/jwks/${name}/`),
    );
  });

  it('answers a mutation with its typed error union member', async () => {
    const result = await viaRouter(`mutation {
      updateJwk(projectName: "demo", jwkName: "no-such-jwk", input: { description: "x" }) {
        __typename ... on NotFoundError { message resourceType name }
      }
    }`);
    expect(result.data?.updateJwk).toMatchObject({
      __typename: 'NotFoundError',
      resourceType: 'JWK',
    });
  });

  it('passes a multipart certificate upload through to this subgraph', async () => {
    const issued = selfSignedCertificate({ commonName: 'through-router.example.test' });
    const form = new FormData();
    form.set(
      'operations',
      JSON.stringify({
        query: `mutation($input: UpdateCertificateInput!) {
          updateCertificate(projectName: "demo", certificateName: "demo-certificate", input: $input) {
            __typename ... on UpdateCertificateSuccess { certificate { environments { subject } } } ... on Error { message }
          }
        }`,
        variables: {
          input: {
            alias: 'routed',
            description: 'via router',
            environmentNames: ['production'],
            pemFile: { upload: null },
          },
        },
      }),
    );
    form.set('map', JSON.stringify({ 0: ['variables.input.pemFile.upload'] }));
    form.set('0', new Blob([issued.pem]), 'routed.pem');
    const response = await fetch(router.url, {
      method: 'POST',
      headers: { ...auth(), 'apollo-require-preflight': 'true' },
      body: form,
    });
    const result = (await response.json()) as { data?: Record<string, unknown> };
    expect(result.data?.updateCertificate).toEqual({
      __typename: 'UpdateCertificateSuccess',
      certificate: { environments: [{ subject: 'CN=through-router.example.test' }] },
    });
  });
});
