import type { Position } from 'cytoscape';

/**
 * Where new nodes start: on a ring around what each hangs off (`hangsOff`, else `centre`), so
 * the incremental layout only has to refine. The ring widens with the count so a big batch
 * does not start piled up.
 */
export function seedPositions(added: string[], centre: Position, hangsOff: (id: string) => Position | null): Map<string, Position> {
  const r = 80 + 4 * added.length;
  return new Map(
    added.map((id, i) => {
      const at = hangsOff(id) ?? centre;
      const angle = (2 * Math.PI * i) / added.length;
      return [id, { x: at.x + r * Math.cos(angle), y: at.y + r * Math.sin(angle) }];
    }),
  );
}

export function centreOf(positions: Position[]): Position {
  const xs = positions.map((p) => p.x);
  const ys = positions.map((p) => p.y);
  return { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
}
