/**
 * The placeholder picture of the starter deck's image slide (1280×720 PNG): a simple drawing of
 * boxes and arrows that says it should be replaced. Drawn with canvas (already a dependency of
 * the chart renderer), imported lazily so only `init` loads it.
 */
export async function placeholderPicture(): Promise<Uint8Array> {
  const { createCanvas } = await import('canvas');
  const w = 1280;
  const h = 720;
  const canvas = createCanvas(w, h);
  const g = canvas.getContext('2d');
  g.fillStyle = '#EEF3F7';
  g.fillRect(0, 0, w, h);
  const boxes = [
    { x: 120, y: 250, label: 'Users' },
    { x: 520, y: 250, label: 'Services' },
    { x: 920, y: 250, label: 'Data' },
  ];
  g.lineWidth = 6;
  g.strokeStyle = '#0E7C86';
  for (const [a, b] of [
    [0, 1],
    [1, 2],
  ] as const) {
    const from = boxes[a]!.x + 240;
    const to = boxes[b]!.x;
    g.beginPath();
    g.moveTo(from + 10, 340);
    g.lineTo(to - 24, 340);
    g.stroke();
    g.beginPath();
    g.moveTo(to - 6, 340);
    g.lineTo(to - 34, 322);
    g.lineTo(to - 34, 358);
    g.closePath();
    g.fillStyle = '#0E7C86';
    g.fill();
  }
  g.textAlign = 'center';
  g.textBaseline = 'middle';
  for (const b of boxes) {
    g.fillStyle = '#0B2545';
    g.fillRect(b.x, b.y, 240, 180);
    g.fillStyle = '#FFFFFF';
    g.font = 'bold 40px sans-serif';
    g.fillText(b.label, b.x + 120, b.y + 90);
  }
  g.fillStyle = '#5B6573';
  g.font = '34px sans-serif';
  g.fillText('Placeholder: replace images/picture.png with your own picture', w / 2, 600);
  return new Uint8Array(canvas.toBuffer('image/png'));
}
