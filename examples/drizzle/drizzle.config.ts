import { defineConfig } from 'drizzle-kit';

// drizzle-kit's configuration: db-deploy reads `out` (and `migrations`, when set) from it.
export default defineConfig({
  dialect: 'postgresql',
  out: './drizzle',
  dbCredentials: { url: process.env.DATABASE_URL! },
});
