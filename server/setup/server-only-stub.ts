// Vitest and the CLI run server modules outside Next's react-server graph, where the real
// `server-only` package would throw; the bundle boundary it guards is Next's concern.
export {};
