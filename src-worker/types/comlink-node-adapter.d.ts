// Comlink ships the adapter's types as node-adapter.d.ts beside the .mjs Node must import.
declare module 'comlink/dist/esm/node-adapter.mjs' {
  export { default } from 'comlink/dist/esm/node-adapter';
}
