/**
 * The font sets the browser tests lay pages out in. The site uses the reader's system font, so
 * a page that passes with one machine's fonts can fail with another's: every Chromium the tests
 * start sees only one of these sets (through FONTCONFIG_FILE), one with wide metrics and one
 * with narrow, so a layout that fails for one group of readers fails on every machine.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export interface FontSet {
  name: 'wide' | 'narrow';
  /** The family that sans-serif and system-ui resolve to under this set. */
  sans: string;
  /** The fontconfig file that makes Chromium see only this set. */
  config: string;
  /** Files the set needs, and the Debian packages that install them. */
  files: string[];
  packages: string[];
}

const TRUETYPE = '/usr/share/fonts/truetype';

export const FONT_SETS: readonly FontSet[] = [
  {
    name: 'wide',
    sans: 'Noto Sans',
    config: resolve('scripts/shared/fonts/wide.conf'),
    files: [`${TRUETYPE}/noto/NotoSans-Regular.ttf`, `${TRUETYPE}/noto/NotoSans-Bold.ttf`, `${TRUETYPE}/dejavu/DejaVuSansMono.ttf`],
    packages: ['fonts-noto-core', 'fonts-dejavu-core'],
  },
  {
    name: 'narrow',
    sans: 'Liberation Sans',
    config: resolve('scripts/shared/fonts/narrow.conf'),
    files: [
      `${TRUETYPE}/liberation/LiberationSans-Regular.ttf`,
      `${TRUETYPE}/liberation/LiberationSans-Bold.ttf`,
      `${TRUETYPE}/dejavu/DejaVuSans.ttf`,
    ],
    packages: ['fonts-liberation', 'fonts-dejavu-core'],
  },
];

export type FontSetName = FontSet['name'];

export const fontSet = (name: FontSetName): FontSet => FONT_SETS.find((set) => set.name === name)!;

/** The sets whose files are missing on this machine, with the command that installs them. */
export function missingFonts(sets: readonly FontSet[] = FONT_SETS): { missing: string[]; hint: string } | undefined {
  const short = sets.filter((set) => set.files.some((file) => !existsSync(file)));
  if (short.length === 0) return undefined;
  const packages = [...new Set(short.flatMap((set) => set.packages))];
  return {
    missing: short.map((set) => `${set.sans} (${set.name}: ${set.files.filter((file) => !existsSync(file)).join(', ')})`),
    hint: `apt-get update && apt-get install -y ${packages.join(' ')}`,
  };
}
