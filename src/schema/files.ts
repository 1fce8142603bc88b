import { builder } from './builder.js';
import { Base64, Upload } from './scalars.js';

export const FileInput = builder.inputType('FileInput', {
  description: 'A file, given exactly one way.',
  isOneOf: true,
  fields: (t) => ({
    upload: t.field({
      type: Upload,
      description: 'The file as a part of a GraphQL multipart request.',
    }),
    base64: t.field({ type: Base64, description: 'The file content as base64 text.' }),
  }),
});
