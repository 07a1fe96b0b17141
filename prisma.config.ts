// Prisma runs its WebAssembly schema engine through the pg driver adapter: the native engine
// binaries come from a host these machines cannot reach (see README, "Infrastructure").
import { PrismaPg } from '@prisma/adapter-pg';
import { defineConfig } from 'prisma/config';

// `prisma generate` needs a URL to pick the engine-free client even though it never connects.
process.env.DATABASE_URL ??= 'postgresql://postgres@127.0.0.1:5432/exoflow';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  experimental: { adapter: true },
  engine: 'js',
  async adapter() {
    return new PrismaPg({ connectionString: process.env.DATABASE_URL });
  },
});
