/**
 * A trigger that calls `then` once it has not been pulled for two frames and `ms`: a zoom that
 * goes on (a wheel, a pinch, a scripted pan and zoom) calls nothing until it stops, however slow
 * its frames are. Pulls meanwhile are merged into that one call. `stopped`: the canvas is gone.
 */
export function afterSettling(then: () => void, ms: number, stopped: () => boolean): () => void {
  let frame = 0;
  let lastFrame = 0;
  let lastAt = 0;
  let watching = false;
  const check = () => {
    if (stopped()) return;
    frame++;
    if (frame - lastFrame < 2 || performance.now() - lastAt < ms) return void requestAnimationFrame(check);
    watching = false;
    then();
  };
  return () => {
    lastFrame = frame;
    lastAt = performance.now();
    if (watching) return;
    watching = true;
    requestAnimationFrame(check);
  };
}
