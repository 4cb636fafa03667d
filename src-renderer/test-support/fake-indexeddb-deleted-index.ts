/**
 * A vitest setup file: fake-indexeddb (6.2.8) keeps handing out an index's old handle from
 * `objectStore.index(name)` after the index was deleted and made again under the same name in the
 * same upgrade, and reading through that handle throws InvalidStateError. Browsers hand out the
 * new index (the IndexedDB spec removes a deleted index's handle from the store's index set).
 * Dexie asks for every index's handle before each version step, so a version 1 store, whose
 * unique `number` index version 2 made non-unique, could not be read by `number` in a later step
 * of the same upgrade (version 21 reads it). Forgetting the handle on delete, as browsers do, makes
 * the tests see what users' browsers do.
 */
import { IDBObjectStore } from 'fake-indexeddb';

interface WithIndexCache {
  readonly _indexesCache?: Map<string, unknown>;
}

const prototype = IDBObjectStore.prototype as IDBObjectStore & WithIndexCache;
const deleteIndex = Reflect.get(prototype, 'deleteIndex') as (this: IDBObjectStore, name: string) => void;
prototype.deleteIndex = function (this: IDBObjectStore & WithIndexCache, name: string): void {
  deleteIndex.call(this, name);
  this._indexesCache?.delete(name);
};
