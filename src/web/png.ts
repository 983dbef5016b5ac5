/**
 * A chart as a PNG file, drawn in the browser: the SVG goes through an <img> (as a data:
 * URL, which our CSP allows for images) onto a canvas, with the title above and the
 * source colours below, since a picture passed around alone must say what it shows.
 */
const PAD = 16;
const TITLE = 28;
const ROW = 20;

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('the chart could not be drawn as an image'));
    img.src = src;
  });
}

export async function chartPng(svg: SVGSVGElement, title: string, legend: { name: string; colour: string }[]): Promise<string> {
  const box = svg.getBoundingClientRect();
  const w = Math.round(box.width);
  const h = Math.round(box.height);
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(w));
  copy.setAttribute('height', String(h));
  const img = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`);

  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw images');
  ctx.font = '12px system-ui, sans-serif';
  // Legend entries flow left to right and wrap at the chart's width.
  const placed: { x: number; row: number; name: string; colour: string }[] = [];
  let x = PAD;
  let row = 0;
  for (const l of legend) {
    const need = 18 + ctx.measureText(l.name).width + 16;
    if (x + need > w + PAD && x > PAD) {
      row += 1;
      x = PAD;
    }
    placed.push({ x, row, ...l });
    x += need;
  }
  canvas.width = w + 2 * PAD;
  canvas.height = TITLE + h + (legend.length ? (row + 1) * ROW : 0) + 2 * PAD;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#111827';
  ctx.font = 'bold 15px system-ui, sans-serif';
  ctx.fillText(title, PAD, PAD + 16, w);
  ctx.drawImage(img, PAD, PAD + TITLE, w, h);
  ctx.font = '12px system-ui, sans-serif';
  const top = PAD + TITLE + h;
  for (const p of placed) {
    ctx.fillStyle = p.colour;
    ctx.beginPath();
    ctx.arc(p.x + 6, top + p.row * ROW + 10, 5, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = '#111827';
    ctx.fillText(p.name, p.x + 16, top + p.row * ROW + 14);
  }
  return canvas.toDataURL('image/png');
}

/** Saves a data: or same-origin URL under a file name. */
export function download(url: string, name: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
}
