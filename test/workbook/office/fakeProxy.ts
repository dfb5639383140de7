/**
 * The proxy machinery of the fake Excel, as Office.js works: a proxy is bound to its object when a
 * command first uses it; commands and loads are queued and run by `context.sync()`; a property can
 * only be read once loaded and synced; a part of a null object is a null object.
 */
import { FakeExcelError } from './fakeModel';

export type Op = () => void;

/** Where proxies queue their commands: the request context. */
export interface CommandQueue {
  enqueue(op: Op): void;
}

export const notLoaded = (what: string) =>
  new FakeExcelError(
    'PropertyNotLoaded',
    `The property '${what}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

function loadPaths(spec?: string | string[]): string[] {
  const list = spec === undefined ? [] : Array.isArray(spec) ? spec : spec.split(',');
  return list.map((p) => p.trim()).filter(Boolean);
}

/**
 * What the properties loaded in the current round trip weigh, as JSON: Excel on the web answers a
 * request of more than 5 MB with ResponsePayloadSizeLimitExceeded ("Resource limits and performance
 * optimization for Office Add-ins", learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-
 * performance-optimization: a payload limit of 5 MB for requests and responses in Excel on the web).
 */
export const response = { bytes: 0 };

/** A proxy: bound to its object when a command first uses it, as Office.js resolves object paths. */
export abstract class FakeObject<T> {
  protected abstract readonly kind: string;
  private binding: { target: T | null } | null = null;
  private readonly loaded = new Map<string, unknown>();
  private nullKnown: boolean | undefined;
  private readonly children = new Map<string, FakeObject<unknown>>();

  constructor(
    protected readonly ctx: CommandQueue,
    private readonly locate: () => T | null,
  ) {}

  /** @internal The object this proxy stands for; null for a null object. */
  bind(): T | null {
    this.binding ??= { target: this.locate() };
    return this.binding.target;
  }

  protected alive(_target: T): void {}

  /** The object a command acts on: a null object or a deleted one makes the command fail. */
  protected target(): T {
    const t = this.bind();
    if (t === null) throw new FakeExcelError('InvalidObjectPath', `The ${this.kind} is a null object`);
    this.alive(t);
    return t;
  }

  get isNullObject(): boolean {
    if (this.nullKnown === undefined) throw notLoaded(`${this.kind}.isNullObject`);
    return this.nullKnown;
  }

  load(spec?: string | string[]): this {
    const paths = loadPaths(spec);
    this.ctx.enqueue(() => this.loadNow(paths));
    return this;
  }

  /** @internal Run a load: read the properties now (inside a sync). */
  loadNow(paths: string[]) {
    const t = this.bind();
    this.nullKnown = t === null;
    if (t !== null) this.alive(t);
    for (const path of paths) {
      const [head, ...rest] = path.split('/');
      if (rest.length) this.navigate(head!).loadNow([rest.join('/')]);
      else if (t !== null) {
        const value = this.read(t, head!);
        response.bytes += JSON.stringify(value ?? null).length;
        this.loaded.set(head!, value);
      }
    }
  }

  protected read(_target: T, name: string): unknown {
    throw new FakeExcelError('NotModelled', `${this.kind}.${name} cannot be loaded from the fake`);
  }

  protected navigate(name: string): FakeObject<unknown> {
    throw new FakeExcelError('NotModelled', `${this.kind}.${name} is not a navigation property of the fake`);
  }

  /** A loaded property: reading one not loaded and synced throws, as in Office.js. */
  protected get<V>(name: string): V {
    if (this.nullKnown) return undefined as V;
    if (!this.loaded.has(name)) throw notLoaded(`${this.kind}.${name}`);
    return this.loaded.get(name) as V;
  }

  protected command(fn: (target: T) => void) {
    this.ctx.enqueue(() => fn(this.target()));
  }

  protected child<C extends FakeObject<unknown>>(name: string, make: () => C): C {
    let c = this.children.get(name) as C | undefined;
    if (!c) this.children.set(name, (c = make()));
    return c;
  }

  /** A proxy of a part of this object; a part of a null object is a null object. */
  protected part<U>(of: (target: T) => U): () => U | null {
    return () => {
      const t = this.bind();
      return t === null ? null : of(t);
    };
  }
}

/** A collection: `items` once loaded (paths with or without `items/` apply to each item). */
export abstract class FakeCollection<T, P extends FakeObject<unknown>> extends FakeObject<T> {
  private list: P[] | undefined;

  protected abstract itemsOf(target: T): P[];

  get items(): P[] {
    if (this.list === undefined) throw notLoaded(`${this.kind}.items`);
    return this.list;
  }

  override loadNow(paths: string[]) {
    const t = this.bind();
    if (t === null) return super.loadNow([]);
    this.list = this.itemsOf(t);
    const itemPaths = paths.map((p) => p.replace(/^items\//, '')).filter((p) => p !== 'items');
    for (const item of this.list) item.loadNow(itemPaths);
  }
}
