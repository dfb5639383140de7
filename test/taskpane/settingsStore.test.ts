import {
  browserSettingsStore,
  documentSettingsStore,
  SETTINGS_KEY,
  type DocumentSettings,
} from '../../src/taskpane/settingsStore';

/** Office's document settings: an in-memory bag, saved into the "document" by saveAsync. */
class FakeDocumentSettings implements DocumentSettings {
  bag = new Map<string, unknown>();
  saved = new Map<string, unknown>();
  failSave = false;
  get = (name: string) => this.bag.get(name) ?? null;
  set = (name: string, value: unknown) => void this.bag.set(name, value);
  remove = (name: string) => void this.bag.delete(name);
  saveAsync = ((callback: (r: Office.AsyncResult<void>) => void) => {
    if (this.failSave) {
      callback({ status: 'failed', error: { message: 'The document is read-only' } } as never);
      return;
    }
    this.saved = new Map(this.bag);
    callback({ status: 'succeeded' } as never);
  }) as DocumentSettings['saveAsync'];
}

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear = () => this.items.clear();
  getItem = (k: string) => this.items.get(k) ?? null;
  key = (i: number) => [...this.items.keys()][i] ?? null;
  removeItem = (k: string) => void this.items.delete(k);
  setItem = (k: string, v: string) => void this.items.set(k, String(v));
}

describe('documentSettingsStore', () => {
  it('keeps the settings in the workbook: set, then saved into the document', async () => {
    const office = new FakeDocumentSettings();
    const store = documentSettingsStore(office);
    expect(store.where).toBe('workbook');
    expect(store.load()).toBeUndefined();
    await store.save({ themeDayMonths: 11 });
    expect(office.saved.get(SETTINGS_KEY)).toEqual({ themeDayMonths: 11 });
    expect(store.load()).toEqual({ themeDayMonths: 11 });
    await store.save({});
    expect(office.saved.has(SETTINGS_KEY)).toBe(false);
    expect(store.load()).toBeUndefined();
  });

  it('rejects with Office’s message when the document cannot be saved', async () => {
    const office = new FakeDocumentSettings();
    office.failSave = true;
    await expect(documentSettingsStore(office).save({ off: ['empty-owner'] })).rejects.toThrow(
      'The document is read-only',
    );
  });
});

describe('browserSettingsStore', () => {
  it('keeps the settings as JSON text in this browser', async () => {
    const storage = new MemoryStorage();
    const store = browserSettingsStore(storage);
    expect(store.where).toBe('browser');
    expect(store.load()).toBeUndefined();
    await store.save({ minStudyHours: 40 });
    expect(store.load()).toBe('{"minStudyHours":40}');
    expect(storage.length).toBe(1);
    await store.save({});
    expect(store.load()).toBeUndefined();
    expect(storage.length).toBe(0);
  });
});
