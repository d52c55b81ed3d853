/** A QR code of `text` (the viewer's link) as a PNG data URL, black on white, for prints. */
export async function qrDataUrl(text: string): Promise<string> {
  const { toDataURL } = await import('qrcode');
  return toDataURL(text, { errorCorrectionLevel: 'M', margin: 1, width: 512 });
}
