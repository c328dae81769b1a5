import { CommonError } from './common.errors';
import { createValidationPipe, MAX_BODY_DEPTH, nestingDepth } from './validation.pipe';

const nested = (depth: number): unknown => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
};

describe('the validation pipe', () => {
  it('counts nesting of objects and arrays, scalars as zero', () => {
    expect(nestingDepth('text', 10)).toBe(0);
    expect(nestingDepth({ a: 1 }, 10)).toBe(1);
    expect(nestingDepth({ mon: [{ open: '08:00' }] }, 10)).toBe(3);
    expect(nestingDepth(nested(7), 10)).toBe(7);
  });

  it('stops counting past the limit, so a huge body costs little', () => {
    expect(nestingDepth(nested(100_000), 20)).toBe(21);
  });

  it('refuses a body nested too deep with a validation error instead of overflowing the stack', async () => {
    const pipe = createValidationPipe();
    await expect(pipe.transform(nested(5000), { type: 'body', metatype: Object })).rejects.toBeInstanceOf(CommonError);
    await expect(pipe.transform(nested(MAX_BODY_DEPTH), { type: 'body', metatype: Object })).resolves.toBeDefined();
  });
});
