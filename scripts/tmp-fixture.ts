import { cpSync, rmSync } from 'node:fs';
import { buildExplorerFixture } from '../tests/helpers/explorer-fixture.ts';
const f = buildExplorerFixture();
rmSync('dist', { recursive: true, force: true });
cpSync(f.dist, 'dist', { recursive: true });
f.project.remove();
