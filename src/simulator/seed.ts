import { jwkOf, parseDerCertificate } from './crypto.js';
import { pkcs12Keystore, rsaKeyPair, selfSignedCertificate } from './material.js';
import { newId, type SimulatorStore } from './store.js';

export interface DemoSeed {
  /** Token with every permission in every project. */
  readonly token: string;
  /** Token that may read (SECRETS) but not change anything. */
  readonly readOnlyToken: string;
  readonly projectName: string;
  readonly environments: readonly string[];
  readonly keystorePassword: string;
}

export const DEMO_TOKEN = 'apinizer-demo-token';

/**
 * The demo world `npm start` shows: project `demo` with environments `production` and `staging`,
 * one keystore, key, certificate, and a JWK made from that certificate.
 */
export function seedDemo(store: SimulatorStore): DemoSeed {
  const environments = ['production', 'staging'];
  for (const name of environments) store.environments.add(name);
  store.addProject('admin');
  const project = store.addProject('demo');
  store.tokens.set(DEMO_TOKEN, {
    user: 'demo',
    projects: { '*': ['SECRETS', 'MANAGE', 'DEPLOY_UNDEPLOY'] },
  });
  store.users.set('demo', {
    password: 'demo-password',
    grant: { user: 'demo', projects: { '*': ['SECRETS', 'MANAGE', 'DEPLOY_UNDEPLOY'] } },
  });
  const readOnlyToken = 'apinizer-demo-readonly-token';
  store.tokens.set(readOnlyToken, { user: 'viewer', projects: { '*': ['SECRETS'] } });

  const certificate = selfSignedCertificate({
    commonName: 'demo.apinizer.local',
    organization: 'Apinizer Demo',
  });
  const parsed = parseDerCertificate(certificate.der);
  const certificateId = newId();
  project.certificates.set('demo-certificate', {
    id: certificateId,
    name: 'demo-certificate',
    description: 'TLS certificate of the demo backend',
    environments: environments.map((environmentName) => ({
      environmentName,
      alias: 'demo-backend',
      der: parsed.der,
      subjectDn: parsed.subjectDn,
      startDate: parsed.startDate,
      endDate: parsed.endDate,
      sha1Thumbprint: parsed.sha1Thumbprint,
    })),
  });

  // A renewal dashboard (certificates expiring within 30 days) has something to show on a fresh
  // start: one certificate that expires in 20 days, and one that expired 10 days ago.
  const DAY_MS = 24 * 60 * 60 * 1000;
  for (const [name, description, notAfterDays] of [
    ['expiring-certificate', 'Partner API client certificate: renew this month', 20],
    ['expired-certificate', 'Old staging certificate, already expired', -10],
  ] as const) {
    const issued = selfSignedCertificate({
      commonName: `${name}.apinizer.local`,
      organization: 'Apinizer Demo',
      notBefore: new Date(Date.now() + (notAfterDays - 365) * DAY_MS),
      // Half a day further from now, so "days until expiry" reads the whole number all day long.
      notAfter: new Date(Date.now() + (notAfterDays + Math.sign(notAfterDays) / 2) * DAY_MS),
      keys: certificate.keys,
    });
    const facts = parseDerCertificate(issued.der);
    project.certificates.set(name, {
      id: newId(),
      name,
      description,
      environments: [
        {
          environmentName: environments[0] ?? 'production',
          alias: name,
          der: facts.der,
          subjectDn: facts.subjectDn,
          startDate: facts.startDate,
          endDate: facts.endDate,
          sha1Thumbprint: facts.sha1Thumbprint,
        },
      ],
    });
  }

  const keystorePassword = 'changeit';
  const p12 = pkcs12Keystore({ certificate, password: keystorePassword, alias: 'demo' }).toString(
    'base64',
  );
  project.keystores.set('demo-keystore', {
    id: newId(),
    name: 'demo-keystore',
    description: 'Signing keystore',
    environments: environments.map((environmentName) => ({
      environmentName,
      type: 'PKCS12',
      file: p12,
      password: keystorePassword,
      alias: 'demo',
    })),
  });

  const signing = rsaKeyPair();
  project.keys.set('demo-key', {
    id: newId(),
    name: 'demo-key',
    description: 'Token signing key',
    keyType: 'PRIVATE_KEY',
    environments: environments.map((environmentName) => ({
      environmentName,
      content: Buffer.from(signing.privateKeyPem).toString('base64'),
      alias: 'signing',
    })),
  });

  const derived = jwkOf(parsed.publicKey);
  project.jwks.set('demo-jwk', {
    id: newId(),
    name: 'demo-jwk',
    description: 'Public key of the demo backend certificate',
    sourceType: 'CERTIFICATE',
    sourceId: certificateId,
    sourceUrl: null,
    type: derived.type,
    kid: 'demo-kid',
    material: { ...derived.material, kid: 'demo-kid', use: 'sig', alg: 'RS256' },
  });

  return { token: DEMO_TOKEN, readOnlyToken, projectName: 'demo', environments, keystorePassword };
}
