/**
 * Where the task pane keeps the branch's validation settings: inside Excel in the workbook itself
 * (Office's per-document add-in settings), so that they travel with it to whoever it is shared with;
 * on the standalone page in the browser's storage. Only what differs from the defaults is kept, so a
 * branch that changed nothing follows the defaults of later versions.
 */

/** The settings as stored, unparsed: check them with parseValidationSettings before use. */
export interface SettingsStore {
  /** What was saved: an object, a JSON text, or undefined when nothing was. */
  load(): unknown;
  /** Keep these settings (the ones that differ from the defaults); `{}` forgets them. */
  save(changed: Readonly<Record<string, unknown>>): Promise<void>;
  /** Where they are kept, for the settings panel: the workbook, or this browser. */
  readonly where: 'workbook' | 'browser';
}

export const SETTINGS_KEY = 'validationSettings';

/** Office.AsyncResultStatus.Failed, without needing Office loaded (tests, the standalone page). */
const FAILED = 'failed' as unknown as Office.AsyncResultStatus;

/** The document settings of Office.js that the store uses. */
export type DocumentSettings = Pick<Office.Settings, 'get' | 'set' | 'remove' | 'saveAsync'>;

/** In the workbook: `Office.context.document.settings`, saved into the document at once. */
export function documentSettingsStore(settings: DocumentSettings): SettingsStore {
  return {
    where: 'workbook',
    load: () => settings.get(SETTINGS_KEY) ?? undefined,
    save: (changed) => {
      if (Object.keys(changed).length === 0) settings.remove(SETTINGS_KEY);
      else settings.set(SETTINGS_KEY, changed);
      return new Promise<void>((resolve, reject) =>
        settings.saveAsync((result) => {
          if (result.status === FAILED) reject(new Error(result.error?.message ?? 'Office call failed'));
          else resolve();
        }),
      );
    },
  };
}

/** In this browser: localStorage, as JSON text. */
export function browserSettingsStore(storage: Storage): SettingsStore {
  const key = `zhibu-annual-plan.${SETTINGS_KEY}`;
  return {
    where: 'browser',
    load: () => storage.getItem(key) ?? undefined,
    save: async (changed) => {
      if (Object.keys(changed).length === 0) storage.removeItem(key);
      else storage.setItem(key, JSON.stringify(changed));
    },
  };
}
