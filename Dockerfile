# exoflow's API and worker: one image, two commands (see docker-compose.yml).
#   api:     node dist/api/main.js        (the default)
#   worker:  node dist/worker/main.js
#   one-shot jobs: npx prisma migrate deploy; node dist/scripts/register-search-attributes.js

FROM node:20.19.5-bookworm-slim AS build
WORKDIR /app
# Dependencies first, so a code change reuses this layer. postinstall applies patches/ and
# generates the Prisma client from prisma/ (no engine download: Prisma runs on the JS engine).
COPY package.json package-lock.json prisma.config.ts ./
COPY patches ./patches
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund
# The context holds production code only (.dockerignore); `npm run build` compiles
# tsconfig.build.json, which names the production folders (test/unit/production-build.test.ts),
# and bundles the browser console (console/ → console/dist, Vite; its packages are dev-only).
COPY . .
RUN npm run build \
 && npm prune --omit=dev --ignore-scripts --no-audit --no-fund

FROM node:20.19.5-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json /app/package-lock.json /app/prisma.config.ts ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/prisma ./prisma
COPY --from=build --chown=node:node /app/generated ./generated
COPY --from=build --chown=node:node /app/dist ./dist
# The console's built assets only (served at /console/ by api/console-static.ts), not its sources.
COPY --from=build --chown=node:node /app/console/dist ./console/dist
USER node
EXPOSE 3000
CMD ["node", "dist/api/main.js"]
