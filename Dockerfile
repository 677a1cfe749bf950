# Production image: `docker compose up` builds it and runs it against PostgreSQL 17.
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
COPY scripts/prisma-generate.mjs scripts/
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm ci --no-audit --no-fund
COPY . .
# SITE_URL is baked into canonical links and the sitemap; the clinic's details
# are not (they live in the database and pages refresh when they change).
ARG SITE_URL=http://localhost:3000
ENV SITE_URL=$SITE_URL
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
# NEXT_MANUAL_SIG_HANDLE leaves SIGTERM to Stride's drain (lib/server/graceful-stop.ts).
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 NEXT_MANUAL_SIG_HANDLE=true
COPY --from=build /app /app
RUN mkdir -p /app/.data && chown -R node:node /app/.next /app/.data
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s \
  CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# serve.ts migrates, then runs `next start`; with DATABASE_URL set it starts no database.
CMD ["node_modules/.bin/tsx", "scripts/serve.ts", "start"]
