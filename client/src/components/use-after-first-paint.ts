import { useEffect, useState } from 'react';

/**
 * False on the first render, true in a task of its own once the browser has painted it. A heavy part of a page
 * (the client record's Overview) mounts after the rest has shown, instead of in the same main-thread task:
 * one task of 450–540 ms under Lighthouse on the client page when they went together (docs/performance.md).
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    // A frame, then a task: the frame is painted before the timer's task runs.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
