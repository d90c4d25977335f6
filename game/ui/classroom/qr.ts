import QRCode from 'qrcode';
import { el } from '../dom.ts';

/**
 * A QR code of a URL as an <img> of the SVG the qrcode package draws: vector, so it prints sharp, and put in an
 * image rather than parsed into the page, so no markup is ever built from a string.
 */
export function qrImage(url: string, label: string): HTMLImageElement {
  const img = el('img', { class: 'cl-qr', alt: label, width: 160, height: 160 });
  QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then(
    (svg) => {
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    },
    () => {
      img.alt = `${label} (no QR code: type the address)`;
    },
  );
  return img;
}
