/**
 * The 1200×630 PNG shown when a page is shared: drawn at build time with satori (layout to SVG)
 * and sharp (SVG to PNG), in Atkinson Hyperlegible read from its npm package, so the build needs
 * no network. The card's content is plain data, built by `cardContent` and unit-tested.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card says, top to bottom. */
export interface CardContent {
  /** Small line above the title: the site name and what the page is. */
  kicker: string;
  title: string;
  /** Who and when, such as "UNICEF × EU · 2019". */
  byline?: string | undefined;
  /** The headline figure, such as "230M–380M views". */
  figure?: string | undefined;
  /** What stands behind the figure, such as "7 sources". */
  figureNote?: string | undefined;
  footer: string;
}

// The site's accent colours (src/styles/global.css), as hex for the PNG.
const INK = '#f8fafc';
const MUTED = '#b6cfd1';
const ACCENT = '#8fdce0';
const BACKGROUND = '#0e3a3e';

/** A title size that keeps long titles to about three lines. */
export function titleSize(title: string): number {
  if (title.length <= 22) return 88;
  if (title.length <= 40) return 72;
  if (title.length <= 70) return 58;
  return 48;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string } };
const div = (style: Record<string, unknown>, children: (Node | string | false | undefined)[] | string): Node => ({
  type: 'div',
  props: {
    style: { display: 'flex', ...style },
    children: typeof children === 'string' ? children : (children.filter(Boolean) as (Node | string)[]),
  },
});

// Latin Extended (names such as "Łódź" or "Đà Nẵng") has a family name of its own: under the
// Latin files' name satori never fell back to it, and "Ł" came out as an empty box; under
// another name it takes each glyph the Latin files lack from it (tests/unit/integrations/social-cards/render.test.ts).
const LATIN = 'Atkinson Hyperlegible';
const LATIN_EXTENDED = 'Atkinson Hyperlegible Latin Extended';

/** The satori element tree of a card. */
export function cardTree(card: CardContent): Node {
  const text = { flexShrink: 1, minWidth: 0 };
  return div({ width: CARD_WIDTH, height: CARD_HEIGHT, backgroundColor: BACKGROUND, color: INK, fontFamily: LATIN }, [
    div({ width: 24, flexShrink: 0, backgroundColor: ACCENT }, []),
    div({ flexGrow: 1, flexDirection: 'column', justifyContent: 'space-between', padding: '60px 72px' }, [
      div({ flexDirection: 'column', gap: 20 }, [
        div({ ...text, fontSize: 30, color: ACCENT, fontWeight: 700, letterSpacing: 1 }, card.kicker),
        div({ ...text, fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.1 }, card.title),
        card.byline && div({ ...text, fontSize: 34, lineHeight: 1.3, color: MUTED }, card.byline),
      ]),
      div({ flexDirection: 'column', gap: 12 }, [
        card.figure &&
          div({ alignItems: 'baseline', gap: 20, flexWrap: 'wrap' }, [
            div({ fontSize: 64, fontWeight: 700, color: ACCENT }, card.figure),
            card.figureNote && div({ fontSize: 32, color: MUTED }, card.figureNote),
          ]),
        div({ ...text, fontSize: 26, color: MUTED }, card.footer),
      ]),
    ]),
  ]);
}

const require = createRequire(import.meta.url);
const FONT_FILES = [
  { name: LATIN, file: 'atkinson-hyperlegible-latin-400-normal.woff', weight: 400 },
  { name: LATIN, file: 'atkinson-hyperlegible-latin-700-normal.woff', weight: 700 },
  { name: LATIN_EXTENDED, file: 'atkinson-hyperlegible-latin-ext-400-normal.woff', weight: 400 },
  { name: LATIN_EXTENDED, file: 'atkinson-hyperlegible-latin-ext-700-normal.woff', weight: 700 },
] as const;

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;
function loadFonts() {
  // satori reads .woff and .ttf but not .woff2, so the package's .woff files are used.
  fonts ??= Promise.all(
    FONT_FILES.map(async ({ name, file, weight }) => ({
      name,
      data: await readFile(require.resolve(`@fontsource/atkinson-hyperlegible/files/${file}`)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

/**
 * What decides how a card looks besides its content and this file's source: the renderer's
 * library versions and the font files. Part of the card cache's template hash.
 */
export async function rendererFingerprint(): Promise<(string | Uint8Array)[]> {
  const satoriVersion = (require('satori/package.json') as { version: string }).version;
  return [`satori ${satoriVersion}`, `sharp ${JSON.stringify(sharp.versions)}`, ...(await loadFonts()).map((font) => font.data)];
}

/** The card as PNG bytes. */
export async function renderCard(card: CardContent): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(cardTree(card), { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: await loadFonts() });
  // Opaque, so no alpha channel; zlib level 3, not 9: the encoding was the largest cost of a cold
  // build at thousands of cards, and level 9 takes three times as long for files a fifth smaller.
  return new Uint8Array(await sharp(Buffer.from(svg)).removeAlpha().png({ compressionLevel: 3 }).toBuffer());
}
