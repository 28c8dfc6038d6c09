import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Config } from '../config.ts';
import { backup, BackupError, restore, type Manifest } from './backup.service.ts';

const summary = (m: Manifest) =>
  `${m.counts.cases} cases, ${m.counts.events} events, ${m.counts.attachments} attachments (${m.files.length} files), ${m.migrations.length} migrations, ${m.database}`;

/** `tawasul backup --to DIR` and `tawasul restore --from DIR` (docs/operations.md). */
export async function backupCommand(command: 'backup' | 'restore', args: string[], config: Config): Promise<void> {
  const { values } = parseArgs({ args, options: { to: { type: 'string' }, from: { type: 'string' } } });
  if (command === 'backup') {
    if (!values.to) throw new BackupError('backup needs --to DIR (a new or empty directory)');
    const m = await backup(config, path.resolve(values.to));
    console.log(`Backed up ${summary(m)} to ${path.resolve(values.to)}; manifest.json holds the checksums.`);
    return;
  }
  if (!values.from) throw new BackupError('restore needs --from DIR (a directory written by tawasul backup)');
  const m = await restore(config, path.resolve(values.from));
  console.log(`Restored and verified against the manifest of ${m.createdAt}: ${summary(m)}.`);
}
