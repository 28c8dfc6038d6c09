import { z } from 'zod';
import { casePriorities, caseTypes, pausableStatuses } from '../enums.ts';
import { code, text } from './fields.ts';

const interval = z
  .object({ start: z.number().int().min(0).max(1440), end: z.number().int().min(0).max(1440) })
  .refine((i) => i.start < i.end, { message: 'start must be before end' });

/** Working intervals per weekday, Sunday first; minutes of the local day. */
export const weekSchema = z
  .array(z.array(interval).max(6))
  .length(7)
  .refine((week) => week.every((day) => [...day].sort((a, b) => a.start - b.start).every((iv, i, a) => i === 0 || a[i - 1]!.end <= iv.start)), {
    message: 'Intervals of a day must not overlap',
  })
  .describe('Seven days, Sunday first; each a list of {start, end} minutes of the local day');

const bilingualInput = z.object({ ar: text({ max: 200 }), en: text({ max: 200 }) }).strict();
const isoDate = z.iso.date();

export const calendarInputSchema = z
  .object({
    code,
    name: bilingualInput,
    timeZone: z.string().min(1).max(64).refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'Not an IANA time zone'),
    week: weekSchema,
  })
  .strict();

export const calendarPatchSchema = calendarInputSchema
  .omit({ code: true })
  .partial()
  .strict()
  .refine((o) => Object.keys(o).length > 0, { message: 'Nothing to change' });

export const holidayInputSchema = z
  .object({
    date: isoDate,
    name: bilingualInput,
    lunar: z.boolean().optional(),
    offIntervals: z.array(interval).max(6).optional().describe('Absent: the whole day is off; else the hours that are off'),
  })
  .strict();

export const overrideInputSchema = z
  .object({ from: isoDate, to: isoDate, name: bilingualInput, week: weekSchema })
  .strict()
  .refine((o) => o.from <= o.to, { message: 'from must not be after to', path: ['to'] });

export const policyInputSchema = z
  .object({
    code,
    name: bilingualInput,
    calendarCode: code,
    pauseStatuses: z.array(z.enum(pausableStatuses)).max(pausableStatuses.length).optional(),
    onTransfer: z.enum(['keep', 'restart']).optional(),
    onReopen: z.enum(['fresh', 'continue']).optional(),
    isDefault: z.boolean().optional(),
    targets: z
      .array(
        z
          .object({
            caseType: z.enum(caseTypes).nullable(),
            priority: z.enum(casePriorities).nullable(),
            unit: z.enum(['working_minutes', 'calendar_days']).optional(),
            firstResponseTarget: z.number().int().positive().max(1_000_000),
            resolutionTarget: z.number().int().positive().max(1_000_000),
          })
          .strict(),
      )
      .min(1)
      .max(50),
    steps: z
      .array(
        z
          .object({
            atPercent: z.number().int().min(1).max(1000),
            notifyRoles: z.array(z.enum(['assignee', 'officer', 'supervisor', 'entity_admin', 'coordinator'])).max(5),
            raiseLevelTo: z.number().int().min(0).max(9).nullable(),
          })
          .strict(),
      )
      .max(10),
  })
  .strict();
export type PolicyInput = z.infer<typeof policyInputSchema>;
