import {
  jksTruststore,
  pkcs12Keystore,
  selfSignedCertificate,
} from '../../src/simulator/material.js';

/** Real crypto material, made fresh for a test file. */
export function makeMaterial() {
  const certificate = selfSignedCertificate({
    commonName: 'api.example.test',
    organization: 'Example',
  });
  const password = 'p@ss word';
  return {
    certificate,
    password,
    p12: pkcs12Keystore({ certificate, password, alias: 'server' }),
    jks: jksTruststore({ certificate, password, alias: 'server' }),
    privateKeyPem: certificate.keys.privateKeyPem,
    publicKeyPem: certificate.keys.publicKeyPem,
  };
}

export type Material = ReturnType<typeof makeMaterial>;
