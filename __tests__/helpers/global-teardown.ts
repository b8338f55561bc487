export default async function globalTeardown(): Promise<void> {
  await (
    globalThis as { __dbDeployPostgres?: { stop: () => Promise<void> } }
  ).__dbDeployPostgres?.stop();
}
