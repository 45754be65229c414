import type { ReactNode } from 'react';

/**
 * The frame of a data table (styles: `.sb-table` in global.css); scrolls sideways on a narrow
 * screen. Plain elements rather than Mantine's Table, whose built-in ScrollArea brings ~15 KB
 * of positioning code into the caseload.
 */
export function TableScroll({ minWidth, children }: { minWidth: number; children: ReactNode }) {
  return (
    <div className="sb-table-frame">
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
