/**
 * The servers `npm run bench -- compare` loads side by side, each started in its own process:
 * `node --import tsx bench/targets.ts <kind> <upstream origin>`; prints `listening <url>`.
 * - stub: the fixed-answer upstream (Apinizer's PUT answer).
 * - floor: a bare node:http handler making the same REST call with undici, no GraphQL at all.
 * - mercurius: hand-written Fastify + Mercurius with graphql-jit, the same undici Pool.
 * - yoga: a bare hand-written graphql-yoga server of the same small schema.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSchema, createYoga } from 'graphql-yoga';
import { Pool } from 'undici';
import { stacklessResetConnector } from '../src/apinizer/stackless-reset.js';

const [kind = 'stub', upstream = ''] = process.argv.slice(2);

const DEPLOYED = JSON.stringify({
  success: true,
  deploymentResult: {
    success: true,
    message: 'Deployment completed successfully',
    environmentResults: [{ environmentName: 'production', success: true, message: 'Deployed' }],
  },
});

const SDL = /* GraphQL */ `
  input UpdateJwkInput { name: String description: String }
  type EnvironmentDeploymentResult { environmentName: String! success: Boolean! message: String }
  type DeploymentResult { success: Boolean! message: String environmentResults: [EnvironmentDeploymentResult!]! }
  type UpdateJwkSuccess { deployment: DeploymentResult! }
  type UpstreamError { message: String! }
  union UpdateJwkResult = UpdateJwkSuccess | UpstreamError
  type Query { ok: Boolean }
  type Mutation { updateJwk(projectName: String!, jwkName: String!, input: UpdateJwkInput!): UpdateJwkResult! }
`;

// The gateway's own default pool size (APINIZER_CONNECTIONS=16) and its connector for writes
// (no stack trace formatted at each single-use connection's close), so every target calls alike.
const pool = new Pool(upstream || 'http://127.0.0.1', {
  connections: 16,
  connect: stacklessResetConnector(10_000),
});
// How the REST call goes out: on a connection of its own (as the gateway's writes do by default)
// or on a keep-alive pool (APINIZER_WRITE_CONNECTIONS=pooled).
const FRESH = process.env.BENCH_WRITES !== 'pooled';

/** The REST call every target makes: PUT the JWK, read Apinizer's report. */
async function putJwk(projectName: string, jwkName: string, input: unknown) {
  const response = await pool.request({
    path: `/apiops/projects/${encodeURIComponent(projectName)}/jwks/${encodeURIComponent(jwkName)}/`,
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: 'Bearer bench' },
    body: JSON.stringify(input),
    reset: FRESH,
  });
  const report = (await response.body.json()) as { deploymentResult: unknown };
  return { __typename: 'UpdateJwkSuccess', deployment: report.deploymentResult };
}

const resolvers = {
  UpdateJwkResult: { __resolveType: (value: { __typename: string }) => value.__typename },
  Mutation: {
    updateJwk: (_: unknown, args: { projectName: string; jwkName: string; input: unknown }) =>
      putJwk(args.projectName, args.jwkName, args.input),
  },
};

async function listen(server: ReturnType<typeof createServer>): Promise<void> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  console.log(`listening http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
}

if (kind === 'stub') {
  await listen(
    createServer((req, res) => {
      req.resume();
      req.once('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(DEPLOYED);
      });
    }),
  );
} else if (kind === 'floor') {
  await listen(
    createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', async () => {
        const { variables } = JSON.parse(Buffer.concat(chunks).toString()) as {
          variables: { projectName: string; jwkName: string; input: unknown };
        };
        const result = await putJwk(variables.projectName, variables.jwkName, variables.input);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: { updateJwk: result } }));
      });
    }),
  );
} else if (kind === 'mercurius') {
  const { default: Fastify } = await import('fastify');
  const { default: mercurius } = await import('mercurius');
  const app = Fastify();
  await app.register(mercurius, {
    schema: SDL,
    resolvers: resolvers as never,
    jit: 1,
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  console.log(`listening ${address}/graphql`);
} else if (kind === 'yoga') {
  const yoga = createYoga({ schema: createSchema({ typeDefs: SDL, resolvers }), logging: false });
  await listen(createServer(yoga));
}
