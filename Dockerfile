# syntax=docker/dockerfile:1
# Packline's production images (README, "Production"). UNTESTED: written to Next.js's standalone
# conventions on machines without Docker; build and run it once before relying on it.
#   docker build --target web -t packline-web .
#   docker build --target worker -t packline-worker .   (also runs migrations and the sandbox)
# compose.yaml runs web × N, worker × M and PostgreSQL from these two targets.

FROM node:20-bookworm-slim AS base
ENV NEXT_TELEMETRY_DISABLED=1
WORKDIR /app

# Every dependency, dev ones included: the build needs TypeScript, Tailwind and esbuild.
FROM base AS deps
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# Only what production runs (no tsx-based scripts, no devDependencies): the worker's node_modules.
FROM base AS prod-deps
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM base AS build
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# The generated Prisma client is not in git; `npm run build` type-checks, builds Next.js
# (standalone) and compiles worker, sandbox and migration runner to dist/.
RUN npm run generate && NEXT_OUTPUT=standalone npm run build

# What both images run as: an unprivileged user of their own.
FROM base AS runtime
RUN groupadd --system --gid 1001 packline && useradd --system --uid 1001 --gid packline packline

# The web app: Next's standalone server with the files it traced, plus what it does not trace.
FROM runtime AS web
ENV NODE_ENV=production HOSTNAME=0.0.0.0 PORT=3000 PACKLINE_SERVICE=web KEEP_ALIVE_TIMEOUT=65000
COPY --from=build --chown=packline:packline /app/.next/standalone ./
COPY --from=build --chown=packline:packline /app/.next/static ./.next/static
COPY --from=build --chown=packline:packline /app/public ./public
# /api/health compares the applied migrations with this folder.
COPY --from=build --chown=packline:packline /app/prisma/migrations ./prisma/migrations
# RTO risk scoring reads India Post's pincode directory from here (lib/risk/pincode-directory.ts).
COPY --from=build --chown=packline:packline /app/lib/risk/data ./lib/risk/data
# Names the connecting address on every request, for per-client limits (see the file).
COPY --from=build --chown=packline:packline /app/scripts/lib/peer-address.mjs ./peer-address.mjs
USER packline
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.PORT+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "--import", "./peer-address.mjs", "server.js"]

# The worker (and, as one-off commands, the migration runner, the first admin's set-up and the
# sandbox): compiled JavaScript from dist/ over the production node_modules.
FROM runtime AS worker
ENV NODE_ENV=production PACKLINE_SERVICE=worker WORKER_HEALTH_PORT=3001 MALLOC_ARENA_MAX=2
COPY --from=prod-deps --chown=packline:packline /app/node_modules ./node_modules
COPY --from=build --chown=packline:packline /app/package.json ./package.json
COPY --from=build --chown=packline:packline /app/dist ./dist
# The migration runner reads prisma/migrations (found from package.json above).
COPY --from=build --chown=packline:packline /app/prisma/migrations ./prisma/migrations
COPY --from=build --chown=packline:packline /app/lib/risk/data ./lib/risk/data
USER packline
EXPOSE 3001
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.WORKER_HEALTH_PORT+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "dist/worker.mjs"]
