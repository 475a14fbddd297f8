/** Cells as AddColumn's format shows them: the engine's formatter, shared with the server's exports. */
export { formatCell, formatDecimals } from '$engine/export/cell-format';
