import { isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DETAIL_FIELDS } from '../../src/limits/cost.js';
import { schema } from '../../src/schema/index.js';

describe('the cost model', () => {
  it('names only fields the schema has (a renamed field would cost nothing)', () => {
    for (const coordinate of DETAIL_FIELDS) {
      const [typeName = '', fieldName = ''] = coordinate.split('.');
      const type = schema.getType(typeName);
      expect(isObjectType(type) && type.getFields()[fieldName], coordinate).toBeTruthy();
    }
  });
});
