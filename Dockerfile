# syntax=docker/dockerfile:1
# FluxScan: the built app, the server and its data in a slim Node runtime, run as a non-root user.

# --- build: the static app (Vite + SvelteKit), and the server and CLI compiled to JavaScript ---
FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx vite build && node server/build/compile-runtime.mjs

# --- runtime dependencies only ---
FROM node:20-bookworm-slim AS dependencies
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

# --- runtime ---
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    FLUXSCAN_HOST=0.0.0.0 \
    FLUXSCAN_PORT=5001 \
    FLUXSCAN_DATA_DIR=/data
WORKDIR /app
COPY --from=dependencies /app/node_modules ./node_modules
COPY package.json ./
COPY server/data ./server/data
COPY server/deploy/healthcheck.mjs ./server/deploy/healthcheck.mjs
COPY --from=build /src/build ./build
COPY --from=build /src/build-server ./build-server
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 5001
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "server/deploy/healthcheck.mjs"]
CMD ["node", "build-server/server.mjs"]
