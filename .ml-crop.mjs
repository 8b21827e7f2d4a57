import sharp from 'sharp';
const [file, h, ...tops] = process.argv.slice(2);
const meta = await sharp(file).metadata();
for (const top of tops) {
  const t = Number(top);
  await sharp(file).extract({ left: 0, top: t, width: meta.width, height: Math.min(Number(h), meta.height - t) }).toFile(`/tmp/ml/${file.split('/').pop().replace('.png', '')}-${t}.png`);
}
