/** The multipart request every benchmark uploads a certificate with (`updateCertificate`). */
import { FormData } from 'undici';

const CERTIFICATE_UPDATE =
  'mutation($input: UpdateCertificateInput!) { updateCertificate(projectName: "demo", certificateName: "demo-certificate", input: $input) { __typename ... on Error { message } } }';

/** A GraphQL multipart request updating the demo certificate with `file` (PEM). */
export function certificateUpdateForm(
  file: string | Uint8Array<ArrayBuffer>,
  fileName: string,
): FormData {
  const form = new FormData();
  form.set(
    'operations',
    JSON.stringify({
      query: CERTIFICATE_UPDATE,
      variables: {
        input: {
          alias: 'bench',
          description: 'bench',
          environmentNames: ['production'],
          pemFile: { upload: null },
        },
      },
    }),
  );
  form.set('map', JSON.stringify({ 0: ['variables.input.pemFile.upload'] }));
  form.set('0', new Blob([file]), fileName);
  return form;
}
