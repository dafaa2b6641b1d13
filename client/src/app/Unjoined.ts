/** Two ends that no path joins, and the canvas as it was when that was found. */
export interface Unjoined {
  from: string;
  to: string;
  canvas: string;
  /** The canvas has changed since: the news is the panel's alone from then on. */
  moved: boolean;
}
