#!/usr/bin/env node
// Entry point of the `tawasul` command: runs the TypeScript sources through tsx.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/server/cli.ts');
await main(process.argv.slice(2));
