// Every back-office table: its scrolling frame (TableScroll), a caption for screen readers, one
// header row of column names, and the rows. One component, so the lists look and read the same.
import type { ReactNode } from "react";
import { TableScroll } from "./table-scroll";

export type AdminColumn = { label: ReactNode; align?: "right" };

export function AdminTable({ label, caption, columns, className, children }: { label: string; caption: ReactNode; columns: AdminColumn[]; className?: string; children: ReactNode }) {
  return (
    <TableScroll label={label} className={className}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-stone-50 dark:bg-stone-900">
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col" className={column.align === "right" ? "px-3 py-2 text-right font-medium" : "px-3 py-2 font-medium"}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200 dark:divide-stone-800">{children}</tbody>
      </table>
    </TableScroll>
  );
}
