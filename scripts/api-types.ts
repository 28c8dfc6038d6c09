/**
 * Writes test/support/api-types.ts from the current API document (`npm run api:types`), and with
 * `--lint` lints the document instead (`npm run lint:api`), failing on any error.
 */
import fs from 'node:fs';
import { apiTypesFile, buildApiDocument, generateApiTypes, lintApiDocument } from '../test/support/api-contract.ts';

const document = await buildApiDocument();
if (process.argv.includes('--lint')) {
  const result = await lintApiDocument(document);
  process.stdout.write(result.report);
  console.log(`${result.errors} errors, ${result.warnings} warnings`);
  process.exitCode = result.errors ? 1 : 0;
} else {
  fs.writeFileSync(apiTypesFile, await generateApiTypes(document));
  console.log(`wrote ${apiTypesFile}`);
}
