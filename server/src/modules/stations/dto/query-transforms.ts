import { Transform } from 'class-transformer';

/** `water,charging` in a query string as a list; a repeated parameter arrives as a list already. */
export const CommaList = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.split(',').map((item) => item.trim()).filter(Boolean) : value,
  );

/** `true`/`1` and `false`/`0` in a query string; anything else is left for the validator to refuse. */
export const QueryBoolean = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value));
