import { validateWeeklyHours } from '@unionhub/shared';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/** A weekly schedule as `validateWeeklyHours` accepts it, with its own Chinese message. */
export const IsWeeklyHours = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isWeeklyHours',
      validator: {
        validate: (value: unknown) => validateWeeklyHours(value).ok,
        defaultMessage: (args) => {
          const result = validateWeeklyHours(args?.value);
          return result.ok ? '' : result.message;
        },
      },
    },
    options,
  );

/** A real calendar date `YYYY-MM-DD`. */
export const IsCalendarDate = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
        defaultMessage: () => '日期应写成 2026-12-31 这样',
      },
    },
    options,
  );

/** Landline (010-69245678, with an extension), mobile, 400 numbers: digits with - + ( ) and spaces. */
export const STATION_PHONE = /^(?=(?:\D*\d){5,})[\d\-+() ]{5,20}$/;
