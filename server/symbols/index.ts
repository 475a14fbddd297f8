export { createSymbolRoutes, type SymbolRoutesOptions } from './symbol-routes.js';
