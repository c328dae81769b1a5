import { registerDecorator, type ValidationArguments } from 'class-validator';

type SharedCheck = (value: string) => { ok: true } | { ok: false; message: string };

/**
 * Runs one of `@unionhub/shared`'s validators on a string property, answering with its Chinese
 * message, so that the server refuses exactly what the mini-program refuses while the worker types.
 */
export function SatisfiesShared(check: SharedCheck, missingMessage: string): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'satisfiesShared',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown) => typeof value === 'string' && check(value).ok,
        defaultMessage: (args?: ValidationArguments) => {
          if (typeof args?.value !== 'string') return missingMessage;
          const result = check(args.value);
          return result.ok ? missingMessage : result.message;
        },
      },
    });
  };
}
