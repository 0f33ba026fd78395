/**
 * A sparse table packed by row displacement (a "comb"): each row keeps only
 * its entries, placed at base[row] + column where they fit between the other
 * rows' entries, with check[] naming the row an entry belongs to. The keyword
 * automaton (keywords.ts) keeps its trie's children this way: one entry a
 * state, against a dense table of states × symbols.
 */

/** Row r, column c: check[base[r] + c] === r + 1 ? value[base[r] + c] : no entry. */
export interface PackedRows {
  readonly base: Int32Array;
  readonly check: Uint16Array | Uint32Array;
  readonly value: Uint16Array | Uint32Array;
}

/** One row's entries: [column, value] pairs, columns distinct. */
export type RowEntries = ReadonlyArray<readonly [column: number, value: number]>;

/** The entry at a row's column, or -1 when the row has none there (the plain reading of the layout). */
export function packedCell(table: PackedRows, row: number, column: number): number {
  const at = table.base[row]! + column;
  return table.check[at] === row + 1 ? table.value[at]! : -1;
}

/** Packs rows of columns 0..width-1 given by their entries: first fit, rows with the most entries first. */
export function packRows(rows: readonly RowEntries[], width: number): PackedRows {
  const wide = rows.length >= 0xffff || rows.some((entries) => entries.some(([, value]) => value > 0xffff));
  // Grown while placing; cut to size at the end.
  let owner = new Int32Array(Math.max(64, width * 4));
  let cells = new Int32Array(owner.length);
  const base = new Int32Array(rows.length);
  let firstFree = 0;
  // Rows of several entries are tried only past the last one's base, and rows of one entry (taken in
  // the order of their column) only past the last one's cell: trying each from the first free cell
  // again crossed the same crowded cells row after row (7.6 million tries for the keyword automaton).
  let severalFrom = 0;
  let singleFrom = 0;
  let used = width;
  // Loops, not Math.min over a mapped copy: that made two arrays a row. Indexed: this runs once a process, mostly interpreted.
  const lowestColumn = rows.map((entries) => {
    let lowest = width;
    for (let i = 0; i < entries.length; i++) if (entries[i]![0] < lowest) lowest = entries[i]![0];
    return lowest;
  });
  const order = rows.map((_, row) => row).sort((a, b) => rows[b]!.length - rows[a]!.length || lowestColumn[a]! - lowestColumn[b]! || a - b);
  for (const row of order) {
    const entries = rows[row]!;
    if (entries.length === 0) continue;
    while (firstFree < owner.length && owner[firstFree] !== 0) firstFree++;
    const lowest = lowestColumn[row]!;
    let start = Math.max(0, firstFree - lowest, entries.length > 1 ? severalFrom : singleFrom - lowest);
    for (;; start++) {
      if (start + width > owner.length) {
        const grown = new Int32Array(owner.length * 2);
        grown.set(owner);
        owner = grown;
        const grownCells = new Int32Array(owner.length);
        grownCells.set(cells);
        cells = grownCells;
      }
      if (fits(owner, start, entries)) break;
    }
    base[row] = start;
    if (entries.length > 1) severalFrom = start + 1;
    else singleFrom = start + lowest + 1;
    for (let i = 0; i < entries.length; i++) {
      owner[start + entries[i]![0]] = row + 1;
      cells[start + entries[i]![0]] = entries[i]![1];
    }
    used = Math.max(used, start + width);
  }
  // Every row may read any column from its base, so the arrays reach the last base plus the width.
  const Cell = wide ? Uint32Array : Uint16Array;
  return { base, check: Cell.from(owner.subarray(0, used)), value: Cell.from(cells.subarray(0, used)) };
}

function fits(owner: Int32Array, start: number, entries: RowEntries): boolean {
  for (let i = 0; i < entries.length; i++) if (owner[start + entries[i]![0]] !== 0) return false;
  return true;
}
