import type { ReleaseContext, StateStore } from './ports.js';
import { productStatus, type ProductStatus } from '../core/rollout/status.js';

/**
 * Where every environment stands against the release repository's version files: the state of
 * each store, the version numbers that exist, and the newest version's held-back pull requests.
 */
export async function readStatus(release: Pick<ReleaseContext, 'config' | 'store'>, stores: readonly StateStore[]): Promise<ProductStatus> {
  const [states, versions, newest] = await Promise.all([Promise.all(stores.map(s => s.load())), release.store.list(), release.store.latest()]);
  return productStatus(states, versions, newest, release.config.repositories.map(r => r.name));
}
