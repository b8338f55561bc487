type Holder = { __dbDeployPostgres?: { stop: () => Promise<void> } };

/** Stops the shared server once (integration and e2e both name this teardown). */
export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as Holder).__dbDeployPostgres;
  (globalThis as Holder).__dbDeployPostgres = undefined;
  await server?.stop();
}
