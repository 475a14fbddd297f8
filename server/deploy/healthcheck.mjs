// The container's HEALTHCHECK: exits 0 when /api/health answers 200 on this container's port.
const port = process.env.FLUXSCAN_PORT ?? '5001';
try {
  const response = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(4000) });
  process.exit(response.ok ? 0 : 1);
} catch {
  process.exit(1);
}
