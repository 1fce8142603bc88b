import { randomUUID } from 'node:crypto';

/** Per-project permissions, as Apinizer grants them to the user behind a token. */
export type Permission = 'SECRETS' | 'MANAGE' | 'DEPLOY_UNDEPLOY';

export interface TokenGrant {
  readonly user: string;
  /** Project name -> permissions; `*` applies to every project. */
  readonly projects: Readonly<Record<string, readonly Permission[]>>;
  readonly expiresAt?: Date;
}

export interface KeystoreEnvironmentState {
  environmentName: string;
  type: 'JKS' | 'PKCS12';
  /** Base64 of the file. */
  file: string;
  password: string;
  alias: string | null;
}

export interface KeystoreState {
  id: string;
  name: string;
  description: string;
  environments: KeystoreEnvironmentState[];
}

export interface KeyEnvironmentState {
  environmentName: string;
  /** Base64 of the key material. */
  content: string;
  alias: string | null;
}

export interface KeyState {
  id: string;
  name: string;
  description: string;
  keyType: 'SECRET_KEY' | 'PRIVATE_KEY' | 'PUBLIC_KEY';
  environments: KeyEnvironmentState[];
}

export type JwkSourceType =
  | 'URL'
  | 'COPY_PASTE'
  | 'CERTIFICATE'
  | 'PUBLIC_KEY'
  | 'PRIVATE_KEY'
  | 'KEYSTORE'
  | 'GENERATE';

export interface JwkState {
  id: string;
  name: string;
  description: string;
  sourceType: JwkSourceType;
  /** The id of the certificate, key or keystore it was made from; null once detached. */
  sourceId: string | null;
  sourceUrl: string | null;
  type: 'RSA' | 'EC' | 'OCT' | 'OKP';
  kid: string | null;
  /** The key in standard JWK form (RFC 7517). */
  material: Record<string, unknown>;
}

export interface CertificateEnvironmentState {
  environmentName: string;
  alias: string;
  der: Buffer;
  subjectDn: string;
  startDate: string;
  endDate: string;
  sha1Thumbprint: string;
}

export interface CertificateState {
  id: string;
  name: string;
  description: string;
  environments: CertificateEnvironmentState[];
}

export interface ProjectState {
  id: string;
  name: string;
  keystores: Map<string, KeystoreState>;
  keys: Map<string, KeyState>;
  jwks: Map<string, JwkState>;
  certificates: Map<string, CertificateState>;
}

/** The simulator's whole state, in memory. Tests may read and change it directly. */
export class SimulatorStore {
  readonly environments = new Set<string>();
  readonly projects = new Map<string, ProjectState>();
  readonly tokens = new Map<string, TokenGrant>();
  /** Console users, for `POST /apiops/auth/token` (client_credentials). */
  readonly users = new Map<string, { readonly password: string; readonly grant: TokenGrant }>();

  addProject(name: string): ProjectState {
    const project: ProjectState = {
      id: randomUUID(),
      name,
      keystores: new Map(),
      keys: new Map(),
      jwks: new Map(),
      certificates: new Map(),
    };
    this.projects.set(name, project);
    return project;
  }

  permissions(grant: TokenGrant, projectName: string): readonly Permission[] {
    return grant.projects[projectName] ?? grant.projects['*'] ?? [];
  }
}

export const newId = (): string => randomUUID();
