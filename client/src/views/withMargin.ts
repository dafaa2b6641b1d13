/** Cytoscape crops its image to the elements' edges; a slide needs white around them. */
export async function withMargin(image: Blob, margin: number): Promise<Blob> {
  const bitmap = await createImageBitmap(image);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width + 2 * margin;
  canvas.height = bitmap.height + 2 * margin;
  const context = canvas.getContext('2d');
  if (!context) return image;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(bitmap, margin, margin);
  // Its pixels are in the canvas now; the bitmap's memory need not wait for the collector.
  bitmap.close();
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob ?? image), 'image/png'));
}
