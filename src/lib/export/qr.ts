/** A QR code of `text` as a PNG data URL. (Agreed shared API; issue 12 owns this file.) */
export async function qrDataUrl(text: string): Promise<string> {
  const QRCode = await import('qrcode');
  return QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 1, width: 256 });
}
