// The portal as the build assembled it (target/classes/META-INF/resources): the generated code
// tables exist only there. The Maven build runs the tests after assembling it; to run them alone:
//   ./mvnw -o -q -pl modules/staff-portal process-resources && (cd modules/staff-portal && npm test)
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const BUILT_WEB = new URL('../../../target/classes/META-INF/resources/', import.meta.url);
const generated = new URL('generated/code-tables.js', BUILT_WEB);
if (!existsSync(fileURLToPath(generated))) {
  throw new Error(`${fileURLToPath(generated)} is missing: run the Maven build (process-resources) of modules/staff-portal first`);
}
export const { CODE_TABLES } = await import(generated);
