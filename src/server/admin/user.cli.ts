import { parseArgs } from 'node:util';
import type { StaffRole } from '../../common/enums.ts';
import { AuditRepository } from '../audit/audit.repository.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../http/errors.ts';
import { StaffAccountService } from './staff-account.service.ts';
import { StaffAdminRepository } from './staff-admin.repository.ts';

export const userUsage = `tawasul user add --email E --name N --role R --entity CODE [--unit CODE] [--language ar|en]
tawasul user passwd EMAIL
tawasul user disable EMAIL
  A new password is read from TAWASUL_PASSWORD, or generated and printed.`;

/** `tawasul user …`: manage staff accounts from the command line. Answers the process exit code. */
export async function userCommand(database: Database, args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const staff = new StaffAccountService(database.db, new StaffAdminRepository(), new AuditRepository(database.db));
  const actor = `cli:${process.env.USER ?? 'unknown'}`;
  const password = process.env.TAWASUL_PASSWORD || undefined;
  try {
    if (sub === 'add') {
      const { values } = parseArgs({
        args: rest,
        options: {
          email: { type: 'string' },
          name: { type: 'string' },
          role: { type: 'string' },
          entity: { type: 'string' },
          unit: { type: 'string' },
          language: { type: 'string' },
        },
      });
      if (!values.email || !values.name || !values.role || !values.entity) throw new AppError(400, 'validation_failed', userUsage);
      const result = await staff.add(
        {
          email: values.email,
          name: values.name,
          role: values.role as StaffRole,
          entityCode: values.entity,
          unitCode: values.unit,
          language: values.language === 'en' ? 'en' : 'ar',
          password,
        },
        actor,
      );
      console.log(`Added staff member ${values.email} (id ${result.id}).`);
      if (!password) console.log(`Password: ${result.password}`);
      return 0;
    }
    if (sub === 'passwd' && rest[0]) {
      const pw = await staff.setPassword(rest[0], password, actor);
      console.log(`Password changed; sessions ended.${password ? '' : `\nPassword: ${pw}`}`);
      return 0;
    }
    if (sub === 'disable' && rest[0]) {
      await staff.disable(rest[0], actor);
      console.log(`Disabled ${rest[0]}; sessions ended.`);
      return 0;
    }
    console.error(userUsage);
    return 2;
  } catch (error) {
    if (error instanceof AppError) {
      console.error(`tawasul user: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
