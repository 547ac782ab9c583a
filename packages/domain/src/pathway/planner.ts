import { dayNumber, endDayAfter, isoDay } from './dates';
import { COLON, constraintText, euros, frenchNumber, modalityPhrase, routeText, satisfactionText, whyText, type Satisfaction } from './explain';
import { MinHeap, NumberedMinHeap } from './heap';
import { CERT_KEY_BASE, firstAtLeast, OfferIndex, OPEN_KEY, type BlocTables, type LevelTables } from './offer-index';
import {
  DAYS_PER_MONTH,
  MAX_ROUTE_STEPS,
  PLANNER_WEIGHTS as W,
  UNKNOWN_DISTANCE_KM,
  UNKNOWN_PRICE_EUR,
  type PlannedRoute,
  type PlannedStep,
  type PlannerConstraintName,
  type PlannerConstraints,
  type PlannerOffer,
  type PlannerRequest,
  type PlanResult,
  type RelaxSuggestion,
} from './types';

/** Far more than any real plan needs; reached only by adversarial graphs. The result then says `incomplete`. */
const MAX_POPS = 200_000;
const MAX_SCANS = 4_000_000;
/** The re-plans that look for a constraint to relax only make a suggestion: they get a tenth of that. */
const RELAX_BUDGET = 0.1;
const FAR = 99;
/** Rounds of the search (see {@link Search.run}): each cutoff is the last one times this, plus the margin (months equivalent). */
const CUTOFF_GROWTH = 1.3;
const CUTOFF_MARGIN = 3;
/** Costs closer than this are equal: the routes are then ordered by their offer ids (sums in another order may differ in the last bits). */
const COST_EPSILON = 1e-9;
/** How much two day counts can drift apart over one step of whole calendar months (28 to 31 days). */
const CALENDAR_SLACK_DAYS = 3;

/** A planner over one catalogue: the offers are indexed once, then each plan only reads what it needs. */
export interface Planner {
  readonly offers: readonly PlannerOffer[];
  /** The best few distinct routes from the person's profile to any of the targets, or why there is none. */
  plan(req: PlannerRequest): PlanResult;
  /** The certifications offers mention, grouped by the highest level an offer gives for each (0 when unknown). */
  certificationsByLevel(): ReadonlyMap<number, readonly string[]>;
  /** The highest level an offer gives for a certification; null when no offer says. */
  certificationLevel(code: string): number | null;
}

/**
 * Builds the planner for a catalogue (sorting and indexing the offers: do it once per catalogue snapshot).
 * Distances are read from the offers at each plan, so the caller may refresh `distanceKm` for each person.
 */
export function createPlanner(offers: readonly PlannerOffer[]): Planner {
  const ix = new OfferIndex(offers);
  let byLevel: Map<number, string[]> | null = null;
  return {
    offers,
    plan: (req) => plan(ix, req),
    certificationsByLevel() {
      if (!byLevel) {
        byLevel = new Map();
        ix.certCodes.forEach((code, c) => {
          const level = ix.certLevel[c]!;
          const list = byLevel!.get(level);
          if (list) list.push(code);
          else byLevel!.set(level, [code]);
        });
      }
      return byLevel;
    },
    certificationLevel(code) {
      const i = ix.certIndex(code);
      return i >= 0 && ix.certLevel[i]! > 0 ? ix.certLevel[i]! : null;
    },
  };
}

/**
 * Plans once over `offers` (indexing them first: prefer {@link createPlanner} to plan several times over the
 * same catalogue).
 *
 * A route is a sequence of at most {@link MAX_ROUTE_STEPS} offers where each step is open to the state before it
 * (its minimum level, or one of its certifications, is held; an offer asking for nothing is open), starts after
 * the previous step ends (a permanent-entry offer starts the next day) and not before `today` or `startAfter`,
 * gives something new (a certification or a bloc not held), respects every constraint, and where a target is
 * held after the last step and not before. Routes are also minimal: no single step could be left out.
 * Distinct routes differ in the sequence of (kind, certification, blocs, organisation, modality) of their steps,
 * see {@link routeSignature}: two sessions of the same training at the same place count as one route, the best.
 */
export function planRoutes(offers: readonly PlannerOffer[], req: PlannerRequest): PlanResult {
  return createPlanner(offers).plan(req);
}

/** What makes two routes the same: the steps' kind, certification, blocs, organisation and modality, in order. */
export function routeSignature(steps: readonly { offer: PlannerOffer }[]): string {
  return steps.map((s) => stepSig(s.offer)).join('>');
}

function stepSig(o: PlannerOffer): string {
  const blocs = o.kind !== 'blocs' || o.blockCodes.length === 0 ? '' : [...o.blockCodes].sort().join(',');
  return `${o.kind}|${o.certificationCode ?? ''}|${blocs}|${o.organisation ?? ''}|${o.modality}`;
}

// ---------------------------------------------------------------------------------------------------------------
// One search

interface Label {
  parent: Label | null;
  offer: number;
  depth: number;
  endDay: number;
  g: number;
  months: number;
  knownCost: number;
  level: number;
  /** Certification indices held (start and obtained). */
  held: number[];
  blocks: string[];
  /** Lower bound of the steps still needed (0: a target is held). */
  r: number;
  /** Lower bound of the cost still to pay, terminal term included. */
  h: number;
  sig: string;
  /** Offer ids of the steps joined by `>`, for ties (see {@link tieBefore}). */
  ids: string;
  reached: number;
}

interface CursorEntry {
  key: number;
  seq: number;
  label: Label;
  list: LazyList;
  pos: number;
  final: false;
}
interface FinalEntry {
  key: number;
  seq: number;
  label: Label;
  final: true;
}
interface LabelEntry {
  key: number;
  seq: number;
  label: Label;
  final: 'label';
}
type Entry = CursorEntry | FinalEntry | LabelEntry;

interface Found {
  offers: number[];
  cost: number;
  reached: string;
}

/**
 * The distances of one plan, read from the offers when first needed: one per site (offers sharing a
 * {@link PlannerOffer.siteKey} share their distance), or per offer for those without one. The searches then read
 * a small table instead of the offers scattered across the catalogue (and the re-plans of the same request share it).
 */
class Distances {
  /** Distance in km per site, NaN when unknown. */
  private readonly siteKm: Float64Array;
  private readonly siteRead: Uint8Array;
  /** The same for offers with no site. */
  private readonly offerKm = new Map<number, number>();

  constructor(private readonly ix: OfferIndex) {
    this.siteKm = new Float64Array(ix.siteFirst.length);
    this.siteRead = new Uint8Array(ix.siteFirst.length);
  }

  /** Distance of offer `o`, NaN when unknown. */
  of(o: number): number {
    const site = this.ix.site[o]!;
    return site >= 0 ? this.ofSite(site) : this.alone(o);
  }

  /** Distance of a site's offers, NaN when unknown. */
  ofSite(site: number): number {
    if (!this.siteRead[site]) {
      this.siteRead[site] = 1;
      this.siteKm[site] = this.ix.offers[this.ix.siteFirst[site]!]!.distanceKm ?? Number.NaN;
    }
    return this.siteKm[site]!;
  }

  private alone(o: number): number {
    let d = this.offerKm.get(o);
    if (d === undefined) {
      d = this.ix.offers[o]!.distanceKm ?? Number.NaN;
      this.offerKm.set(o, d);
    }
    return d;
  }
}

/** What an offer fails of the request's constraints, one bit each (see {@link PlanShared.bits}). */
const FAILS = { never: 1, modality: 2, budget: 4, months: 8, startAfter: 16, distance: 32 } as const;
const KNOWN = 128;

/**
 * What the searches of one plan share (the main search and the re-plans that each drop one constraint): the
 * distances, the level tables, and which of the request's constraints each offer fails alone, computed once per
 * offer when first read, so a re-plan only masks out the bit of the constraint it drops.
 */
class PlanShared {
  readonly dist: Distances;
  readonly levels: LevelTables;
  readonly blocs: BlocTables;
  readonly today: number;
  readonly startAfter: number;
  private readonly bitsOf: Uint8Array;
  private readonly modalityOk: Uint8Array | null;

  constructor(
    readonly ix: OfferIndex,
    readonly req: PlannerRequest,
  ) {
    this.dist = new Distances(ix);
    this.levels = ix.levelTables(req.certificationLevels);
    this.blocs = ix.blocTables(req.certificationBlocks);
    this.fromBlocs = new Set(req.from.blocks ?? []);
    this.today = dayNumber(req.today);
    const c = req.constraints;
    this.startAfter = c.startAfter === undefined ? Number.NaN : dayNumber(c.startAfter);
    const modalities = c.modalities && c.modalities.length ? new Set(c.modalities) : null;
    this.modalityOk = modalities ? Uint8Array.from(ix.modalityNames, (name) => (modalities.has(name) ? 1 : 0)) : null;
    this.bitsOf = new Uint8Array(ix.n);
  }

  private readonly fromBlocs: ReadonlySet<string>;

  /** The blocs of certification `g` the person holds, as {@link BlocTables} bits. */
  heldBlocs(g: number): number {
    if (!this.fromBlocs.size) return 0;
    let mask = 0;
    this.blocs.codes[g]!.forEach((code, i) => {
      if (this.fromBlocs.has(code)) mask |= 1 << i;
    });
    return mask;
  }

  /** The constraints of the request offer `o` fails alone, as {@link FAILS} bits. */
  bits(o: number): number {
    const known = this.bitsOf[o]!;
    if (known) return known & ~KNOWN;
    const { ix } = this;
    const c = this.req.constraints;
    let bits = 0;
    const start = ix.startDay[o]!;
    if (ix.grantCert[o]! < 0 || start < this.today) bits |= FAILS.never;
    if (this.modalityOk !== null && !this.modalityOk[ix.modality[o]!]) bits |= FAILS.modality;
    if (c.maxBudgetEur !== undefined && ix.price[o]! > c.maxBudgetEur) bits |= FAILS.budget;
    if (c.maxMonths !== undefined && ix.months[o]! > c.maxMonths) bits |= FAILS.months;
    if (start < this.startAfter) bits |= FAILS.startAfter;
    if (c.maxDistanceKm !== undefined && this.dist.of(o) > c.maxDistanceKm) bits |= FAILS.distance;
    this.bitsOf[o] = bits | KNOWN;
    return bits;
  }
}

/** The {@link FAILS} bits a search under constraints `c` (the request's, or the request's but one) refuses. */
function failMask(c: PlannerConstraints): number {
  let mask = FAILS.never;
  if (c.modalities && c.modalities.length) mask |= FAILS.modality;
  if (c.maxBudgetEur !== undefined) mask |= FAILS.budget;
  if (c.maxMonths !== undefined) mask |= FAILS.months;
  if (c.startAfter !== undefined) mask |= FAILS.startAfter;
  if (c.maxDistanceKm !== undefined) mask |= FAILS.distance;
  return mask;
}

/**
 * A key's relevant offers for one request, sorted by bound (see {@link Search.relevant}), produced as far as read.
 * A group (a certification's offers entered through the key: one edge of the graph) waits in the order of its least
 * fixed cost; once every bound read so far reaches that, its exact least cost is asked ({@link Search.edgeMin}, one
 * distance per place, shared with the backward costs), and only when that comes first are its places opened, each a
 * cursor over the place's offers by fixed cost. So the list read so far is always the true prefix, and an edge is
 * read no further than its first offers of each place. Equal bounds come out in the order of their group (by least
 * fixed cost), then of the offers within it.
 */
class LazyList {
  readonly list: number[] = [];
  /** Lower bound of what a route through each offer of `list` still costs (ascending). */
  readonly bound: number[] = [];
  private next = 0;
  /** Refined groups (`pos` −1) and place cursors (`pos` the offer's position in `siteOffers`, `end` its place's end). */
  private readonly pending = new MinHeap<{ key: number; seq: number; group: number; pos: number; end: number; km: number }>();

  constructor(
    private readonly s: Search,
    private readonly groups: readonly { edge: number; g: number; e: number; h: number; lb: number }[],
  ) {}

  /** Whether position `pos` exists (producing the list up to it). */
  ensure(pos: number): boolean {
    const { s, pending, groups } = this;
    const ix = s.ix;
    while (this.list.length <= pos) {
      while (this.next < groups.length && (pending.size === 0 || groups[this.next]!.lb <= pending.peek()!.key)) {
        const i = this.next++;
        const grp = groups[i]!;
        s.scans++;
        const least = s.edgeMin(grp.g, grp.e);
        if (least !== Number.POSITIVE_INFINITY) pending.push({ key: least + grp.h, seq: i * LazyList.RANK, group: i, pos: -1, end: 0, km: 0 });
      }
      const top = pending.pop();
      if (!top) return false;
      const grp = groups[top.group]!;
      if (top.pos < 0) {
        // The group comes first: a cursor on each of its places.
        const first = ix.edgeGroups[grp.edge]!;
        const last = ix.edgeGroups[grp.edge + 1]!;
        for (let j = first; j < last; j++) {
          const km = s.placeKm(j);
          if (km !== Number.POSITIVE_INFINITY) this.cursor(top.group, ix.groupStart[j]!, ix.groupStart[j + 1]!, W.km * km);
        }
        continue;
      }
      s.scans++;
      const o = ix.siteOffers[top.pos]!;
      if (top.pos + 1 < top.end) this.cursor(top.group, top.pos + 1, top.end, top.km);
      if (!s.ok(o)) continue;
      this.list.push(o);
      this.bound.push(top.key - COST_EPSILON);
    }
    return true;
  }

  private static readonly RANK = 2 ** 26;

  /** Queues the offer at `pos` of a place (its bound; the constraints are checked when it comes out). */
  private cursor(group: number, pos: number, end: number, km: number): void {
    const ix = this.s.ix;
    this.pending.push({ key: ix.siteFixed[pos]! + km + this.groups[group]!.h, seq: group * LazyList.RANK + ix.sitePos[pos]! + 1, group, pos, end, km });
  }
}

/** Everything a search needs about one request under one set of constraints. */
class Search {
  readonly earliest: number;
  /** The {@link FAILS} bits this search refuses. */
  private readonly mask: number;
  /** The distance limit this search keeps to (+∞ when none). */
  private readonly maxKm: number;
  readonly memo: Int8Array;
  /** Certification levels for this request: the highest of the request's and the offers'. */
  readonly lvl: Int8Array;
  private readonly levels: LevelTables;
  readonly dist: Distances;
  readonly r: Int8Array;
  /** Certification that is a target or opens some offer by itself (not only through its level). */
  readonly keyCert: Uint8Array;
  readonly rLevel = new Int8Array(9).fill(FAR);
  rOpen = FAR;
  /** Least cost to a target of a route whose next step is entered through a key (see {@link costs}). */
  readonly hKey: Float64Array;
  /** The same, for routes of at least two more steps (the last step is then costed exactly, see {@link lastStep}). */
  readonly hKey2: Float64Array;
  private readonly edgeCost: Float64Array;
  readonly isTarget: Uint8Array;
  readonly targetLevels: number[] = [];
  startLevel = 0;
  minTerminal = Number.POSITIVE_INFINITY;
  private heap = new MinHeap<Entry>();
  private seq = 0;
  private readonly states = new Map<string, Label[]>();
  scans = 0;
  incomplete = false;

  constructor(
    readonly ix: OfferIndex,
    readonly req: PlannerRequest,
    readonly c: PlannerConstraints,
    readonly targets: readonly string[],
    readonly k: number,
    readonly budget = 1,
    readonly shared = new PlanShared(ix, req),
  ) {
    const after = c.startAfter === undefined ? Number.NaN : shared.startAfter;
    this.earliest = Number.isNaN(after) ? shared.today : Math.max(shared.today, after);
    this.mask = failMask(c);
    this.maxKm = c.maxDistanceKm ?? Number.POSITIVE_INFINITY;
    this.dist = shared.dist;
    this.memo = new Int8Array(ix.n);
    const certs = ix.certCodes.length;
    this.levels = shared.levels;
    this.lvl = shared.levels.lvl;
    this.r = new Int8Array(certs).fill(FAR);
    this.hKey = new Float64Array(CERT_KEY_BASE + certs).fill(Number.POSITIVE_INFINITY);
    this.hKey2 = new Float64Array(CERT_KEY_BASE + certs).fill(Number.POSITIVE_INFINITY);
    this.edgeCost = new Float64Array(ix.edgeCount).fill(Number.NaN);
    this.keyCert = new Uint8Array(certs);
    this.isTarget = new Uint8Array(certs);
    for (const code of targets) {
      const i = ix.certIndex(code);
      if (i >= 0) this.isTarget[i] = 1;
    }
  }

  /** The level a certification gives when obtained (the request's level first, then the offers'). */
  levelOf(cert: number): number {
    return this.levels.levelOf[cert]!;
  }

  /** Distance counted in the cost of an offer (see {@link stepCost}). */
  km(o: number): number {
    const d = this.dist.of(o);
    return d === d ? d : this.ix.vae[o] ? 0 : UNKNOWN_DISTANCE_KM;
  }

  /** Distance of the offers of place group `j` (see {@link OfferIndex.edgeGroups}), NaN when unknown. */
  placeDistance(j: number): number {
    const site = this.ix.placeSite[j]!;
    return site >= 0 ? this.dist.ofSite(site) : this.dist.of(this.ix.siteOffers[this.ix.groupStart[j]!]!);
  }

  /** Distance counted in the cost of the offers of place group `j`, or +∞ when this search's distance limit excludes them. */
  placeKm(j: number): number {
    const d = this.placeDistance(j);
    if (d > this.maxKm) return Number.POSITIVE_INFINITY;
    return d === d ? d : this.ix.placeVae[j] ? 0 : UNKNOWN_DISTANCE_KM;
  }

  /** Constraints that hold for an offer alone (memoised for the request). */
  ok(o: number): boolean {
    const m = this.memo[o]!;
    if (m) return m === 1;
    const pass = this.staticOk(o) && (this.ix.whole[o] === 1 || this.completable(this.ix.grantCert[o]!));
    this.memo[o] = pass ? 1 : 2;
    return pass;
  }

  private completableMemo: Int8Array | null = null;

  /**
   * Whether the blocs a person holds and those of the offers passing the constraints alone cover all the blocs of a
   * certification. When they do not, its bloc offers can never complete it and lead nowhere (the relaxed analyses
   * would otherwise count each bloc offer as giving the certification).
   */
  private completable(g: number): boolean {
    const memo = (this.completableMemo ??= new Int8Array(this.ix.certCodes.length));
    if (memo[g]) return memo[g] === 1;
    const t = this.shared.blocs;
    const count = t.count[g]!;
    let pass = false;
    if (count > 0) {
      let missing = ((1 << count) - 1) & ~this.shared.heldBlocs(g);
      // Blocs no offer covers at all: no need to read the offers.
      if ((missing & ~t.onOffer[g]!) === 0) {
        const list = this.ix.blocOffers[g]!;
        const masks = t.offerMask[g]!;
        for (let i = 0; i < list.length && missing; i++) if (masks[i]! & missing && this.staticOk(list[i]!)) missing &= ~masks[i]!;
        pass = missing === 0;
      }
    } else if (count < 0) pass = this.completableByCode(g);
    memo[g] = pass ? 1 : 2;
    return pass;
  }

  /** {@link completable} for a certification of more blocs than masks hold. */
  private completableByCode(g: number): boolean {
    const missing = new Set(this.shared.blocs.codes[g]);
    for (const b of this.req.from.blocks ?? []) missing.delete(b);
    for (const b of missing) if (!this.ix.blocsOnOffer[g]!.has(b)) return false;
    const list = this.ix.blocOffers[g]!;
    for (let i = 0; i < list.length && missing.size; i++) {
      if (!this.staticOk(list[i]!)) continue;
      for (const b of this.ix.offers[list[i]!]!.blockCodes) missing.delete(b);
    }
    return missing.size === 0;
  }

  private staticOk(o: number): boolean {
    return (this.shared.bits(o) & this.mask) === 0;
  }

  /**
   * Steps still needed after a key is newly obtained, by a backward breadth-first walk from the targets over the
   * offers that pass the constraints alone (dates and cumulative limits ignored: a lower bound). In a minimal
   * route each step is entered through a key the step before it gave (or one held at the start), and a step gives
   * its certification and the levels above the one held before it, never the levels up to the start level: so a
   * level the person already holds leads nowhere new, which keeps a Bac holder's search off every other Bac+2.
   */
  measure(): void {
    const { ix, r, rLevel } = this;
    const base = this.startLevel;
    /** Whether reaching `key` in `v` steps is news (the breadth-first walk reaches each key first at its least). */
    const fresh = (key: number, v: number) => (key === OPEN_KEY ? this.rOpen > v : key < CERT_KEY_BASE ? rLevel[key]! > v : r[key - CERT_KEY_BASE]! > v);
    const relax = (key: number, v: number, next: number[], nextLevels: number[]) => {
      if (key === OPEN_KEY) this.rOpen = Math.min(this.rOpen, v);
      else if (key < CERT_KEY_BASE) {
        if (rLevel[key]! > v) {
          rLevel[key] = v;
          nextLevels.push(key);
        }
      } else {
        const c = key - CERT_KEY_BASE;
        this.keyCert[c] = 1;
        if (r[c]! > v) {
          r[c] = v;
          next.push(c);
        }
      }
    };
    let frontier: number[] = [];
    let levels: number[] = [];
    const swept = new Uint8Array(9);
    for (let c = 0; c < r.length; c++) {
      if (this.isTarget[c]) {
        r[c] = 0;
        this.keyCert[c] = 1;
        frontier.push(c);
      }
    }
    for (let d = 0; d < MAX_ROUTE_STEPS && (frontier.length || levels.length); d++) {
      const v = d + 1;
      const next: number[] = [];
      const nextLevels: number[] = [];
      for (const g of frontier) {
        const keys = ix.revKeys[g]!;
        for (let e = 0; e < keys.length; e++) if (fresh(keys[e]!, v) && this.anyOk(g, e)) relax(keys[e]!, v, next, nextLevels);
      }
      for (const level of levels) {
        // Offers giving a certification of this level or above, entered below it.
        if (level <= base) continue;
        this.sweepLevel(swept, level, (g, e, key) => {
          if (fresh(key, v) && this.anyOk(g, e)) relax(key, v, next, nextLevels);
        });
      }
      frontier = next;
      levels = nextLevels;
    }
  }

  /** Steps still needed after `o` (giving certification `g`) is taken at `level`: through what it newly gives. */
  after(g: number, level: number): number {
    if (this.isTarget[g]) return 0;
    let best = FAR;
    for (let l = level + 1; l <= this.lvl[g]!; l++) if (this.rLevel[l]! < best) best = this.rLevel[l]!;
    // Whether the certification itself opens something is read only when it would lead there sooner.
    if (this.r[g]! < best && this.keyAt(g, Math.max(level, this.lvl[g]!))) best = this.r[g]!;
    return best;
  }

  /** Least fixed-and-distance cost of the offers of one edge that pass the constraints alone. */
  edgeMin(g: number, e: number): number {
    const ix = this.ix;
    const at = ix.edgeBase[g]! + e;
    const known = this.edgeCost[at]!;
    if (!Number.isNaN(known)) return known;
    let best = Number.POSITIVE_INFINITY;
    // One distance per place (a place beyond the distance limit is skipped whole); the places in the order of their
    // cheapest offer, the offers of a place by fixed cost.
    const fixed = ix.siteFixed;
    for (let j = ix.edgeGroups[at]!; j < ix.edgeGroups[at + 1]!; j++) {
      const from = ix.groupStart[j]!;
      if (fixed[from]! >= best) break;
      const km = this.placeKm(j);
      if (km === Number.POSITIVE_INFINITY) continue;
      const kmCost = W.km * km;
      const to = ix.groupStart[j + 1]!;
      for (let i = from; i < to; i++) {
        const c = fixed[i]! + kmCost;
        if (c >= best) break;
        // The constraints are checked only for an offer that would lower the least cost.
        if (this.ok(ix.siteOffers[i]!)) {
          best = c;
          break;
        }
      }
    }
    this.edgeCost[at] = best;
    return best;
  }

  /**
   * The cost counterpart of {@link measure}: for each key, the least cost (steps' fixed cost and distance, plus the
   * level term) of a route whose next step is entered through it, by Dijkstra backwards from the targets over the
   * same relaxation. A lower bound of what any real route entered there costs.
   *
   * It runs by rounds ({@link advanceCosts}, {@link run}): a search only needs the keys whose least cost is below the
   * routes it returns, so the keys dearer than a round's cutoff are left unsettled (and count as unreachable in that
   * round). And an edge's exact least cost reads the distances of its offers, so it is computed lazily too: an edge
   * first enters the heap at the bound its fixed costs give
   * ({@link OfferIndex.edgeFixedMin}), and its offers are read only if that bound comes out of the heap while it can
   * still lower its key.
   */
  private costHeap = new NumberedMinHeap();
  /**
   * What each entry of {@link costHeap} stands for: a node (`costEdge` −1, the node in `costInto`), or an edge at its
   * lower bound (`costEdge` its flat number, `costG` its certification, `costInto` the key it leads from, `costFrom`
   * the cost after it, `costFromTarget` 1 when that is a target reached).
   */
  private costEdge = new Int32Array(256);
  private costG = new Int32Array(256);
  private costInto = new Int32Array(256);
  private costFrom = new Float64Array(256);
  private costFromTarget = new Uint8Array(256);

  private pushCost(key: number, edge: number, g: number, into: number, from: number, fromTarget: boolean): void {
    const id = this.costHeap.push(key);
    if (id >= this.costEdge.length) {
      const grow = <A extends Int32Array | Float64Array | Uint8Array>(a: A, make: (n: number) => A): A => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.costEdge = grow(this.costEdge, (n) => new Int32Array(n));
      this.costG = grow(this.costG, (n) => new Int32Array(n));
      this.costInto = grow(this.costInto, (n) => new Int32Array(n));
      this.costFrom = grow(this.costFrom, (n) => new Float64Array(n));
      this.costFromTarget = grow(this.costFromTarget, (n) => new Uint8Array(n));
    }
    this.costEdge[id] = edge;
    this.costG[id] = g;
    this.costInto[id] = into;
    this.costFrom[id] = from;
    this.costFromTarget[id] = fromTarget ? 1 : 0;
  }
  private costDone = new Uint8Array(0);
  private costBest = new Float64Array(0);
  /** No key left to settle costs less than this (+∞ once every key is settled). */
  private frontier = 0;

  private costs(): void {
    const certs = this.lvl.length;
    this.costDone = new Uint8Array(certs * 2 + 9);
    this.costBest = new Float64Array(certs * 2 + 9).fill(Number.POSITIVE_INFINITY);
    for (let c = 0; c < certs; c++) if (this.isTarget[c]) this.pushCostNode(certs + c, W.level * (8 - (this.levelOf(c) || this.startLevel)));
    this.frontier = this.costHeap.peekKey();
  }

  /** Nodes: a certification newly held (c), a level newly reached (−level), a target reached (certs + c). */
  private costNodeIndex(node: number): number {
    return node < 0 ? this.lvl.length * 2 - node : node;
  }

  private pushCostNode(node: number, v: number): void {
    const i = this.costNodeIndex(node);
    if (v < this.costBest[i]!) {
      this.costBest[i] = v;
      this.pushCost(v, -1, -1, node, 0, false);
    }
  }

  /** Whether a cost `v` through an edge into `key` could still lower one of its bounds. */
  private lowers(key: number, v: number, fromTarget: boolean): boolean {
    return v < this.hKey[key]! || (!fromTarget && v < this.hKey2[key]!);
  }

  private settle(key: number, v: number, fromTarget: boolean): void {
    if (!fromTarget && v < this.hKey2[key]!) this.hKey2[key] = v;
    if (v >= this.hKey[key]!) return;
    this.hKey[key] = v;
    if (key >= CERT_KEY_BASE) this.pushCostNode(key - CERT_KEY_BASE, v);
    else if (key > OPEN_KEY) this.pushCostNode(-key, v);
  }

  private relaxEdge(g: number, e: number, key: number, from: number, fromTarget: boolean): void {
    const at = this.ix.edgeBase[g]! + e;
    const exact = this.edgeCost[at]!;
    if (!Number.isNaN(exact)) {
      this.settle(key, exact + from, fromTarget);
      return;
    }
    const lb = this.ix.edgeFixedMin[at]! + from;
    if (this.lowers(key, lb, fromTarget)) this.pushCost(lb, at, g, key, from, fromTarget);
  }

  /** Settles every key whose least cost is at most `limit`. */
  private advanceCosts(limit: number): void {
    if (this.frontier > limit) return;
    const { ix, costHeap: heap, costDone: done, costBest: best } = this;
    const certs = this.lvl.length;
    const base = this.startLevel;
    while (heap.peekKey() <= limit) {
      const id = heap.pop();
      const v = heap.keyOf(id);
      const into = this.costInto[id]!;
      const edge = this.costEdge[id]!;
      if (edge >= 0) {
        // An edge at its lower bound: read its offers only if it can still lower its key.
        const fromTarget = this.costFromTarget[id] === 1;
        if (this.lowers(into, v, fromTarget)) {
          const g = this.costG[id]!;
          this.settle(into, this.edgeMin(g, edge - ix.edgeBase[g]!) + this.costFrom[id]!, fromTarget);
        }
        continue;
      }
      const node = into;
      const i = this.costNodeIndex(node);
      if (done[i] || v > best[i]!) continue;
      done[i] = 1;
      if (node >= 0) {
        // A certification (as a key newly held, or as a target reached): every edge into it.
        const g = node >= certs ? node - certs : node;
        if (node < certs && this.isTarget[g]) continue; // a held target ends the route
        const keys = ix.revKeys[g]!;
        for (let k = 0; k < keys.length; k++) this.relaxEdge(g, k, keys[k]!, v, node >= certs);
      } else {
        const level = -node;
        if (level <= base) continue; // entered at or above the start level: nothing new
        this.sweepLevel(this.costLevels, level, (g, k, key) => this.relaxEdge(g, k, key, v, false));
      }
    }
    this.frontier = heap.peekKey();
  }

  /** Levels already swept by the backward costs (see {@link sweepLevel}). */
  private readonly costLevels = new Uint8Array(9);

  /**
   * Calls `edge` for each edge that newly reaches `level`: into a certification of that level or above, entered below
   * it (and above the start level: a level the person holds already opens nothing new), except the edges a level swept
   * before (`swept`, in the order of the walk: never further from the targets) already covered. An edge into a
   * certification of level `at`, entered at `entry`, is visited by the first level swept in (entry, at] only.
   */
  private sweepLevel(swept: Uint8Array, level: number, edge: (g: number, k: number, key: number) => void): void {
    const base = this.startLevel;
    let below = 0;
    for (let l = base + 1; l < level; l++) if (swept[l]) below = l;
    swept[level] = 1;
    // An edge whose key asks level l is entered at max(base, l) (open entry and certifications: l = 0): below `level`
    // when l is, and at or above `below` when l is (or always, if no level above the start was swept before).
    const from = below > base ? below : 0;
    for (let at = level; at <= 8; at++) {
      if (at > level && swept[at]) break;
      const edges = this.levels.edgesByLevel[at]!;
      for (let i = edges.levelStart[from]!; i < edges.levelStart[level]!; i++) edge(edges.g[i]!, edges.e[i]!, edges.key[i]!);
    }
  }

  /**
   * Least cost of a route whose next step is entered through `key`; +∞ while it is not settled, which is more than
   * the round's cutoff (see {@link run}).
   */
  private hk(key: number): number {
    const v = this.hKey[key]!;
    return v <= this.frontier ? v : Number.POSITIVE_INFINITY;
  }

  /** The same for routes of at least two more steps. */
  private hk2(key: number): number {
    const v = this.hKey2[key]!;
    return v <= this.frontier ? v : Number.POSITIVE_INFINITY;
  }

  /** Least cost still to pay after a step giving `g` taken at `level`, through what it newly gives. */
  hAfter(g: number, level: number): number {
    if (this.isTarget[g]) return W.level * (8 - (this.levelOf(g) || this.startLevel));
    let best = this.hk(CERT_KEY_BASE + g);
    for (let l = level + 1; l <= this.lvl[g]!; l++) best = Math.min(best, this.hk(l));
    return best;
  }

  /**
   * Least cost still to pay through any key a label holds: a last step costed exactly from the day the person is
   * free (its dates, waiting included, so that a label no target session can follow is dropped at once), or the
   * bound of longer routes when more steps fit.
   */
  hHeld(label: { level: number; held: readonly number[]; endDay: number; depth: number }): number {
    const more = label.depth < MAX_ROUTE_STEPS - 1;
    const avail = label.endDay + 1;
    const via = (key: number, best: number) => {
      const last = this.lastStep(key, avail, best);
      if (last < best) best = last;
      if (more) best = Math.min(best, this.hk2(key));
      return best;
    };
    let best = via(OPEN_KEY, Number.POSITIVE_INFINITY);
    for (let l = 1; l <= Math.min(label.level, 8); l++) best = via(l, best);
    for (const c of label.held) best = via(CERT_KEY_BASE + c, best);
    return best;
  }

  private readonly lastSteps = new Map<number, { permanent: number; starts: Float64Array; suffix: Float64Array }>();

  /**
   * Least cost of a last step entered through `key` by someone free from day `avail`: an offer giving a target,
   * its waiting included, plus the terminal term. Infinite when none can start in time.
   */
  private lastStep(key: number, avail: number, below: number): number {
    if (this.hk(key) >= below) return Number.POSITIVE_INFINITY;
    let t = this.lastSteps.get(key);
    if (!t) {
      const ix = this.ix;
      const grouped = ix.groups[key];
      let permanent = Number.POSITIVE_INFINITY;
      const dated: { start: number; v: number }[] = [];
      if (grouped) {
        const { groupCert, groupStart, offers } = grouped;
        for (let i = 0; i < groupCert.length; i++) {
          const g = groupCert[i]!;
          this.scans++;
          if (!this.isTarget[g]) continue;
          const terminal = W.level * (8 - (this.levelOf(g) || this.startLevel));
          for (let j = groupStart[i]!; j < groupStart[i + 1]!; j++) {
            const o = offers[j]!;
            this.scans++;
            if (!this.ok(o)) continue;
            const v = ix.fixedCost[o]! + W.km * this.km(o) + terminal;
            const start = ix.startDay[o]!;
            if (Number.isNaN(start)) permanent = Math.min(permanent, v);
            else dated.push({ start, v: v + (W.waitMonths * start) / DAYS_PER_MONTH });
          }
        }
      }
      dated.sort((a, b) => a.start - b.start);
      const starts = Float64Array.from(dated, (d) => d.start);
      const suffix = new Float64Array(dated.length + 1).fill(Number.POSITIVE_INFINITY);
      for (let i = dated.length - 1; i >= 0; i--) suffix[i] = Math.min(suffix[i + 1]!, dated[i]!.v);
      t = { permanent, starts, suffix };
      this.lastSteps.set(key, t);
    }
    const lo = firstAtLeast(t.starts, avail);
    // Slightly below the exact value, so that sums in another order never make it exceed a real route's cost.
    return Math.min(t.permanent, t.suffix[lo]! - (W.waitMonths * avail) / DAYS_PER_MONTH) - COST_EPSILON / 4;
  }

  /** Least number of steps still needed through any key a label holds. */
  rHeld(label: { level: number; held: readonly number[] }): number {
    let best = this.rOpen;
    for (let l = 1; l <= Math.min(label.level, 8); l++) if (this.rLevel[l]! < best) best = this.rLevel[l]!;
    for (const c of label.held) if (this.r[c]! < best) best = this.r[c]!;
    return best;
  }

  private anyOkMemo: Int8Array | null = null;

  /** Whether some offer of edge `e` of certification `g` passes the constraints alone (memoised per edge). */
  private anyOk(g: number, e: number): boolean {
    const ix = this.ix;
    const memo = (this.anyOkMemo ??= new Int8Array(ix.edgeCount));
    const at = ix.edgeBase[g]! + e;
    if (memo[at]) return memo[at] === 1;
    let pass = false;
    for (let j = ix.edgeGroups[at]!; j < ix.edgeGroups[at + 1]! && !pass; j++) {
      if (this.placeDistance(j) > this.maxKm) continue;
      for (let i = ix.groupStart[j]!; i < ix.groupStart[j + 1]! && !pass; i++) if (this.ok(ix.siteOffers[i]!)) pass = true;
    }
    memo[at] = pass ? 1 : 2;
    return pass;
  }

  private keyAtMemo: Int8Array | null = null;

  /**
   * Whether holding certification `c` at `level` can still open a step that matters: an offer passing the
   * constraints alone that the level does not already open, and that gives something leading to a target.
   */
  keyAt(c: number, level: number): boolean {
    if (!this.keyCert[c]) return false;
    const memo = (this.keyAtMemo ??= new Int8Array(this.ix.certCodes.length * 9));
    const at = c * 9 + Math.min(level, 8);
    if (memo[at]) return memo[at] === 1;
    let pass = false;
    const list = this.ix.lists[CERT_KEY_BASE + c];
    if (list) {
      for (let i = 0; i < list.length && !pass; i++) {
        const o = list[i]!;
        if (this.ix.minLevel[o]! > level && this.ok(o)) {
          const g = this.ix.grantCert[o]!;
          if (this.isTarget[g]) pass = true;
          else {
            let r = this.r[g]!;
            for (let l = level + 1; l <= this.lvl[g]!; l++) if (this.rLevel[l]! < r) r = this.rLevel[l]!;
            pass = r < MAX_ROUTE_STEPS - 1;
          }
        }
      }
    }
    memo[at] = pass ? 1 : 2;
    return pass;
  }

  stateKey(level: number, held: readonly number[], blocks: readonly string[]): string {
    const keys = held.filter((c) => this.isTarget[c] || this.keyAt(c, level)).sort((a, b) => a - b);
    return `${level}|${keys.join(',')}|${[...blocks].sort().join(',')}`;
  }

  /** The best `k` distinct minimal routes, cheapest first. */
  run(): Found[] {
    const { ix, req } = this;
    const held: number[] = [];
    let level = req.from.level ?? 0;
    for (const code of req.from.certifications) {
      const i = ix.certIndex(code);
      if (i >= 0 && !held.includes(i)) held.push(i);
      level = Math.max(level, req.certificationLevels[code] ?? (i >= 0 ? ix.certLevel[i]! : 0));
    }
    const blocks = [...new Set(req.from.blocks ?? [])];
    if (blocks.length) {
      for (const [code, all] of Object.entries(req.certificationBlocks)) {
        const i = ix.certIndex(code);
        if (i >= 0 && !held.includes(i) && all.length && all.every((b) => blocks.includes(b))) {
          held.push(i);
          level = Math.max(level, this.levelOf(i));
        }
      }
    }
    this.startLevel = Math.min(level, 8);
    for (const code of this.targets) {
      const i = ix.certIndex(code);
      const t = i >= 0 ? this.levelOf(i) || level : level;
      this.minTerminal = Math.min(this.minTerminal, W.level * (8 - t));
    }
    this.measure();
    let r0 = this.rOpen;
    for (let l = 1; l <= Math.min(level, 8); l++) r0 = Math.min(r0, this.rLevel[l]!);
    for (const c of held) r0 = Math.min(r0, this.r[c]!);
    if (r0 > MAX_ROUTE_STEPS) return [];
    this.costs();
    const start: Label = { parent: null, offer: -1, depth: 0, endDay: this.earliest - 1, g: 0, months: 0, knownCost: 0, level, held, blocks, r: r0, h: 0, sig: '', ids: '', reached: -1 };
    // The start's own bound first: settled once the backward walk has passed it (or is over: no route at all).
    for (start.h = this.hHeld(start); start.h > this.frontier; start.h = this.hHeld(start)) this.advanceCosts(this.frontier);
    if (!Number.isFinite(start.h)) return [];
    // Rounds: settle the keys up to a cutoff and search among the routes cheaper than it. Every entry of the search
    // below the cutoff has the bound it would have with every key settled, so a round that finds its routes before
    // reaching the cutoff finds what a full search would; otherwise the cutoff grows and the search starts again.
    for (let cutoff = start.h * CUTOFF_GROWTH + CUTOFF_MARGIN; ; cutoff = cutoff * CUTOFF_GROWTH + CUTOFF_MARGIN) {
      this.advanceCosts(cutoff);
      const last = this.frontier === Number.POSITIVE_INFINITY;
      const found = this.search(start, last ? Number.POSITIVE_INFINITY : cutoff);
      if (found) return found;
    }
  }

  /** One round of the search: the best routes, or null when they may cost more than the cutoff. */
  private search(start: Label, cutoff: number): Found[] | null {
    const ix = this.ix;
    this.heap = new MinHeap<Entry>();
    this.states.clear();
    this.relevantLists.clear();
    this.scans = 0;
    this.incomplete = false;
    start.h = this.hHeld(start);
    this.expand(start);

    const found: Found[] = [];
    const signatures = new Set<string>();
    let pops = 0;
    while (found.length < this.k) {
      const next = this.heap.peek();
      if (!next) return cutoff === Number.POSITIVE_INFINITY ? found : null;
      if (next.key >= cutoff - COST_EPSILON) return null;
      const e = this.heap.pop()!;
      if (++pops > MAX_POPS * this.budget || this.scans > MAX_SCANS * this.budget) {
        this.incomplete = true;
        break;
      }
      if (e.final === 'label') {
        this.expand(e.label);
        continue;
      }
      if (!e.final) {
        this.advance(e);
        continue;
      }
      // Every route of the same cost is taken together, then ordered by offer ids.
      const batch: Label[] = [e.label];
      for (let top = this.heap.peek(); top && top.key <= e.key + COST_EPSILON; top = this.heap.peek()) {
        if (top.key >= cutoff - COST_EPSILON) return null;
        this.heap.pop();
        pops++;
        if (top.final === 'label') this.expand(top.label);
        else if (top.final) batch.push(top.label);
        else this.advance(top);
      }
      const routes = batch.map((l) => ({ label: l, offers: offersOf(l), ids: '' }));
      for (const x of routes) x.ids = x.offers.map((o) => ix.offers[o]!.id).join('>');
      routes.sort((a, b) => (a.ids < b.ids ? -1 : a.ids > b.ids ? 1 : 0));
      for (const x of routes) {
        if (found.length >= this.k || signatures.has(x.label.sig)) continue;
        if (!this.minimal(x.offers)) continue;
        signatures.add(x.label.sig);
        found.push({ offers: x.offers, cost: e.key, reached: ix.certCodes[x.label.reached]! });
      }
    }
    return found;
  }

  /**
   * Opens the lists of offers the next step may be entered from: every key held. (Opening only what the last step
   * newly gave is right for chains, but not with blocs: a certification, then an open bloc, then the bloc that
   * needs the certification is a minimal route, and may wait less than the same steps in the other order.) The lists
   * are those of {@link relevant}, and each step must still be useful ({@link step}).
   */
  private expand(label: Label): void {
    if (label.depth >= MAX_ROUTE_STEPS) return;
    const lists = this.ix.lists;
    const keys: number[] = [OPEN_KEY];
    for (let l = 1; l <= Math.min(label.level, 8); l++) keys.push(l);
    for (const c of label.held) keys.push(CERT_KEY_BASE + c);
    for (const key of keys) {
      const rel = this.relevant(key, lists[key]);
      if (rel && rel.ensure(0)) this.pushCursor(label, rel, 0);
    }
  }

  private readonly relevantLists = new Map<number, LazyList>();

  /**
   * The offers of a key's list that may matter for this request: passing the constraints alone, and giving
   * something that leads to a target in time when entered through that key (a level key means at least that
   * level is held), in the order of what a route through each still costs at least: the step (duration, price,
   * distance) plus the least cost after what it gives ({@link hAfter}). Produced lazily, a certification at a time
   * in the order of its cheapest possible offer, so that a search that ends early never reads the dear ones.
   */
  private relevant(key: number, list: Int32Array | undefined): LazyList | undefined {
    if (!list) return undefined;
    const known = this.relevantLists.get(key);
    if (known) return known;
    const ix = this.ix;
    const level = key > OPEN_KEY && key < CERT_KEY_BASE ? Math.max(this.startLevel, key) : this.startLevel;
    const { groupCert, groupStart, groupEdge, offers } = ix.groups[key]!;
    const groups: { edge: number; g: number; e: number; h: number; lb: number; from: number }[] = [];
    for (let i = 0; i < groupCert.length; i++) {
      const g = groupCert[i]!;
      this.scans++;
      if (this.after(g, level) >= MAX_ROUTE_STEPS) continue;
      const h = this.hAfter(g, level);
      if (!Number.isFinite(h)) continue;
      // Offers of a group are sorted by fixed cost: the first one's is the least.
      const edge = groupEdge[i]!;
      groups.push({ edge, g, e: edge - ix.edgeBase[g]!, h, lb: h + ix.fixedCost[offers[groupStart[i]!]!]!, from: groupStart[i]! });
    }
    groups.sort((a, b) => a.lb - b.lb || a.from - b.from);
    const lazy = new LazyList(this, groups);
    this.relevantLists.set(key, lazy);
    return lazy;
  }

  private pushCursor(label: Label, list: LazyList, pos: number): void {
    this.heap.push({ key: label.g + Math.max(label.h, list.bound[pos]!), seq: this.seq++, label, list, pos, final: false });
  }

  /** Reads a label's list from the cursor to the next offer it can take, makes that step, moves the cursor on. */
  private advance(e: CursorEntry): void {
    const { list, label } = e;
    const bound = list.bound;
    const ix = this.ix;
    const room = MAX_ROUTE_STEPS - label.depth - 1;
    const avail = label.endDay + 1;
    const maxMonths = this.c.maxMonths ?? Number.POSITIVE_INFINITY;
    const maxBudget = this.c.maxBudgetEur ?? Number.POSITIVE_INFINITY;
    for (let pos = e.pos; list.ensure(pos); pos++) {
      // Past the cheapest entry waiting in the heap: come back to this cursor when its turn comes.
      if (pos > e.pos) {
        const top = this.heap.peek();
        if (top && label.g + Math.max(label.h, bound[pos]!) > top.key) {
          this.pushCursor(label, list, pos);
          return;
        }
      }
      this.scans++;
      const o = list.list[pos]!;
      // What step() would refuse at once, read from typed columns: a session already started, too many months, too
      // dear.
      if (ix.startDay[o]! < avail || label.months + ix.months[o]! > maxMonths || label.knownCost + ix.price[o]! > maxBudget) continue;
      if (this.after(ix.grantCert[o]!, label.level) > room || !this.ok(o)) continue;
      if (this.step(label, o)) {
        if (list.ensure(pos + 1)) this.pushCursor(label, list, pos + 1);
        return;
      }
    }
  }


  /** Makes the step `o` after `label` when allowed and worth following. True when it was queued. */
  private step(label: Label, o: number): boolean {
    const ix = this.ix;
    const offer = ix.offers[o]!;
    const g = ix.grantCert[o]!;
    if (label.held.includes(g)) return false;
    let blocks = label.blocks;
    if (!ix.whole[o]) {
      const fresh = offer.blockCodes.filter((b) => !label.blocks.includes(b));
      if (!fresh.length) return false;
      blocks = [...label.blocks, ...fresh];
    }
    const avail = label.endDay + 1;
    let start = ix.startDay[o]!;
    let end: number;
    if (Number.isNaN(start)) {
      start = avail;
      end = endDayAfter(start, ix.months[o]!);
    } else {
      if (start < avail) return false;
      end = ix.endDay[o]!;
    }
    const months = label.months + ix.months[o]!;
    if (this.c.maxMonths !== undefined && months > this.c.maxMonths) return false;
    const knownCost = label.knownCost + (offer.priceEur ?? 0);
    if (this.c.maxBudgetEur !== undefined && knownCost > this.c.maxBudgetEur) return false;

    let obtained = false;
    let level = label.level;
    if (ix.whole[o]) {
      obtained = true;
      level = Math.max(level, offer.certificationLevel ?? this.levelOf(g));
    } else {
      const all = this.req.certificationBlocks[offer.certificationCode!];
      if (all && all.length && all.every((b) => blocks.includes(b))) {
        obtained = true;
        level = Math.max(level, this.levelOf(g));
      }
    }
    const goal = obtained && this.isTarget[g] === 1;
    // A step must bring the person closer: a target, a certification some offer asks for, a higher level, or blocs
    // of one of those. Anything else could be left out of the route.
    const useful = this.isTarget[g] === 1 || this.keyAt(g, level) || (obtained ? level > label.level : this.levelOf(g) > label.level);
    if (!useful) return false;

    const g2 = label.g + stepCost(offer, ix.months[o]!, (start - avail) / DAYS_PER_MONTH);
    const held = obtained ? [...label.held, g] : label.held;
    const child: Label = {
      parent: label,
      offer: o,
      depth: label.depth + 1,
      endDay: end,
      g: g2,
      months,
      knownCost,
      level,
      held,
      blocks,
      r: 0,
      h: 0,
      sig: label.sig ? `${label.sig}>${ix.stepSig[o]}` : ix.stepSig[o]!,
      ids: label.ids ? `${label.ids}>${offer.id}` : offer.id,
      reached: goal ? g : -1,
    };
    if (goal) {
      const t = this.levelOf(g) || this.startLevel;
      this.heap.push({ key: g2 + W.level * (8 - t), seq: this.seq++, label: child, final: true });
      return true;
    }
    if (child.depth >= MAX_ROUTE_STEPS) return false;
    // Through any key held, not only what this step gave: with blocs, a later step may be entered through an older
    // key (a whole certification, then blocs open to all, then the bloc that needs it).
    child.r = this.rHeld(child);
    if (child.r > MAX_ROUTE_STEPS - child.depth) return false;
    child.h = this.hHeld(child);
    if (!Number.isFinite(child.h)) return false;
    const key = this.stateKey(level, held, blocks);
    const unused = child.depth >= 2 ? this.unusedSteps(child, key) : '';
    if (unused === null) return false;
    // Labels compete only with labels whose steps that nothing has used yet gave the same: a route is minimal only
    // if its remaining steps use them, so a label whose earlier step is still unused cannot stand in for one whose
    // steps are all used (its routes would be dropped as not minimal).
    if (this.dominated(child, `${key}#${unused}`)) return false;
    this.heap.push({ key: g2 + child.h, seq: this.seq++, label: child, final: 'label' });
    return true;
  }

  /**
   * Whether `k` recorded labels of the state (with different signatures) each do at least as well on every
   * resource, or one with the same signature does: then no route through `child` can be among the `k` best
   * distinct ones. Otherwise `child` is recorded.
   */
  private dominated(child: Label, key: string): boolean {
    const list = this.states.get(key);
    if (!list) {
      this.states.set(key, [child]);
      return false;
    }
    const months = this.c.maxMonths !== undefined;
    const budget = this.c.maxBudgetEur !== undefined;
    const sigs = new Set<string>();
    for (const a of list) {
      if (a.depth > child.depth || a.endDay > child.endDay) continue;
      // Ending earlier may mean waiting longer for a dated session later: A must be cheaper by that much too (with
      // a few days a step for months of unequal lengths).
      const lead = child.endDay - a.endDay + CALENDAR_SLACK_DAYS * (MAX_ROUTE_STEPS - child.depth);
      const ag = a.g + (W.waitMonths * lead) / DAYS_PER_MONTH;
      // A tie only dominates when A's routes would come first among equal costs (ordered by offer ids).
      if (ag > child.g + COST_EPSILON || (ag >= child.g - COST_EPSILON && !(a.depth === child.depth && `${a.ids}>` < `${child.ids}>`))) continue;
      if (months && a.months > child.months) continue;
      if (budget && a.knownCost > child.knownCost) continue;
      if (a.sig === child.sig) return true;
      sigs.add(a.sig);
      if (sigs.size >= this.k) return true;
    }
    list.push(child);
    return false;
  }

  /**
   * The steps before the last that nothing after them in the prefix needs (leaving one out keeps the prefix valid),
   * as a key; null when leaving one out reaches the same state: such a prefix is never part of a minimal route.
   */
  private unusedSteps(child: Label, key: string): string | null {
    const seq = offersOf(child);
    let unused = '';
    for (let skip = 0; skip < seq.length - 1; skip++) {
      const sim = simulate(this, seq.filter((_, i) => i !== skip));
      if (!sim) continue;
      if (this.stateKey(sim.level, sim.heldIdx, sim.blocks) === key) return null;
      const o = seq[skip]!;
      unused += `${this.ix.grantCert[o]}:${this.ix.whole[o] ? '' : this.ix.offers[o]!.blockCodes.join(',')};`;
    }
    return unused;
  }

  /** No single step can be left out while a target is still held at the end. */
  minimal(seq: readonly number[]): boolean {
    if (seq.length < 2) return true;
    for (let skip = 0; skip < seq.length; skip++) {
      const sim = simulate(this, seq.filter((_, i) => i !== skip));
      if (sim && sim.reachedAt >= 0) return false;
    }
    return true;
  }
}

/** The cost of one step (see {@link PLANNER_WEIGHTS}). */
export function stepCost(offer: PlannerOffer, months: number, waitedMonths: number): number {
  const km = offer.distanceKm ?? (offer.kind === 'vae' ? 0 : UNKNOWN_DISTANCE_KM);
  return W.months * months + W.eur * (offer.priceEur ?? UNKNOWN_PRICE_EUR) + W.waitMonths * waitedMonths + W.km * km;
}

function offersOf(label: Label): number[] {
  const out: number[] = [];
  for (let l: Label | null = label; l && l.offer >= 0; l = l.parent) out.push(l.offer);
  return out.reverse();
}

// ---------------------------------------------------------------------------------------------------------------
// Replaying a route step by step: checks it, dates it, and says what opened each step.

interface SimStep {
  offer: number;
  start: number;
  end: number;
  satisfaction: Satisfaction;
  levelAfter: number;
  /** Certification obtained at this step (whole, or completed by blocs). */
  obtained: string | null;
}

interface Sim {
  steps: SimStep[];
  level: number;
  heldIdx: number[];
  blocks: string[];
  /** Step (0-based) after which a target is first held; −1 when none is. */
  reachedAt: number;
  reached: string | null;
}

/** Replays a sequence of offers from the start; null when a step is not allowed. */
function simulate(s: Search, seq: readonly number[]): Sim | null {
  const { ix, req, c } = s;
  const heldCodes = new Set(req.from.certifications);
  let level = s.startLevel;
  const blocks = [...new Set(req.from.blocks ?? [])];
  for (const [code, all] of Object.entries(blocks.length ? req.certificationBlocks : {})) {
    if (all.length && all.every((b) => blocks.includes(b))) heldCodes.add(code);
  }
  const heldAtStart = new Set(heldCodes);
  const levelAt: number[] = [level];
  const obtainedAt: (string | null)[] = [null];
  let prevEnd = s.earliest - 1;
  let months = 0;
  let cost = 0;
  const steps: SimStep[] = [];
  let reachedAt = -1;
  let reached: string | null = null;
  for (let i = 0; i < seq.length; i++) {
    const o = seq[i]!;
    const offer = ix.offers[o]!;
    if (!s.ok(o)) return null;
    const code = offer.certificationCode!;
    const satisfaction = satisfied(offer, levelAt, obtainedAt, heldAtStart);
    if (!satisfaction) return null;
    if (heldCodes.has(code)) return null;
    const whole = ix.whole[o] === 1;
    if (!whole) {
      const fresh = offer.blockCodes.filter((b) => !blocks.includes(b));
      if (!fresh.length) return null;
      blocks.push(...fresh);
    }
    let start = ix.startDay[o]!;
    let end: number;
    if (Number.isNaN(start)) {
      start = prevEnd + 1;
      end = endDayAfter(start, ix.months[o]!);
    } else {
      if (start <= prevEnd) return null;
      end = ix.endDay[o]!;
    }
    months += ix.months[o]!;
    cost += offer.priceEur ?? 0;
    if (c.maxMonths !== undefined && months > c.maxMonths) return null;
    if (c.maxBudgetEur !== undefined && cost > c.maxBudgetEur) return null;
    let obtained: string | null = null;
    if (whole) {
      obtained = code;
      level = Math.max(level, offer.certificationLevel ?? s.levelOf(ix.grantCert[o]!));
    } else {
      const all = req.certificationBlocks[code];
      if (all && all.length && all.every((b) => blocks.includes(b))) {
        obtained = code;
        level = Math.max(level, s.levelOf(ix.grantCert[o]!));
      }
    }
    if (obtained) heldCodes.add(obtained);
    if (obtained && reachedAt < 0 && s.targets.includes(obtained)) {
      reachedAt = i;
      reached = obtained;
    }
    levelAt.push(level);
    obtainedAt.push(obtained);
    steps.push({ offer: o, start, end, satisfaction, levelAfter: level, obtained });
    prevEnd = end;
  }
  const heldIdx = [...heldCodes].map((code) => ix.certIndex(code)).filter((i) => i >= 0);
  return { steps, level, heldIdx, blocks, reachedAt, reached };
}

/** What opens `offer`: the start profile first, then the earliest step. Null when nothing does. */
function satisfied(offer: PlannerOffer, levelAt: readonly number[], obtainedAt: readonly (string | null)[], heldAtStart: ReadonlySet<string>): Satisfaction | null {
  const { minLevel, anyOfCertifications: anyOf } = offer.requires;
  if ((minLevel === null && anyOf.length === 0) || (minLevel !== null && minLevel <= 0)) return { kind: 'open' };
  for (let step = 0; step < levelAt.length; step++) {
    if (minLevel !== null && levelAt[step]! >= minLevel) return { kind: 'level', level: minLevel, atStep: step };
    const cert = step === 0 ? anyOf.find((code) => heldAtStart.has(code)) : anyOf.find((code) => obtainedAt[step] === code);
    if (cert) return { kind: 'certification', code: cert, atStep: step };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// The plan: search, explain, and when nothing is found, which constraint stands in the way.

function plan(ix: OfferIndex, req: PlannerRequest): PlanResult {
  const k = Math.max(1, Math.floor(req.maxRoutes ?? 3));
  const wanted = [...new Set(req.to.certifications)];
  const heldAtStart = new Set(req.from.certifications);
  const alreadyHeld = wanted.filter((t) => heldAtStart.has(t));
  const targets = wanted.filter((t) => !heldAtStart.has(t));
  if (!wanted.length) return { routes: [], unreachable: { reason: `Aucune certification visée${COLON} choisissez un métier ou une certification.`, relax: [] } };
  if (!targets.length) return { routes: [], alreadyHeld };
  const search = new Search(ix, req, req.constraints, targets, k);
  const found = search.run();
  const routes = found.map((f) => describe(search, f));
  const result: PlanResult = { routes };
  if (alreadyHeld.length) result.alreadyHeld = alreadyHeld;
  if (search.incomplete) result.incomplete = true;
  if (!routes.length) result.unreachable = diagnose(ix, req, targets, k, search.shared);
  return result;
}

function describe(s: Search, f: Found): PlannedRoute {
  const sim = simulate(s, f.offers)!;
  const offers = f.offers.map((o) => s.ix.offers[o]!);
  const steps: PlannedStep[] = sim.steps.map((st, i) => {
    const offer = offers[i]!;
    const opens = sim.steps
      .map((later, j) => ({ step: j + 1, satisfaction: later.satisfaction }))
      .filter((x) => x.satisfaction.kind !== 'open' && x.satisfaction.atStep === i + 1);
    const completes = offer.kind === 'blocs' && offer.blockCodes.length ? st.obtained : null;
    return {
      offer,
      startDate: isoDay(st.start),
      endDate: isoDay(st.end),
      satisfiedBy: satisfactionText(st.satisfaction, offer, offers, s.req.certificationTitles),
      why: whyText(offer, i, opens, completes, i === sim.reachedAt ? sim.reached : null, st.levelAfter, s.req.certificationTitles),
    };
  });
  const known = offers.filter((o) => o.distanceKm !== null).map((o) => o.distanceKm!);
  const totals = {
    months: offers.reduce((n, o) => n + o.durationMonths, 0),
    costEur: offers.reduce((n, o) => n + (o.priceEur ?? 0), 0),
    knownCost: offers.every((o) => o.priceEur !== null),
    maxDistanceKm: known.length ? Math.max(...known) : null,
    levelGain: Math.max(0, sim.level - s.startLevel),
    endDate: steps.length ? steps[steps.length - 1]!.endDate : null,
  };
  return { steps, totals, reached: f.reached, cost: f.cost, explanation: routeText(offers, totals) };
}

const RELAXABLE: PlannerConstraintName[] = ['modalities', 'maxDistanceKm', 'maxMonths', 'maxBudgetEur', 'startAfter'];

/** Says why there is no route and which single constraint, removed, would let routes exist. */
function diagnose(ix: OfferIndex, req: PlannerRequest, targets: readonly string[], k: number, shared: PlanShared): { reason: string; relax: RelaxSuggestion[] } {
  const leading = targets.some((t) => {
    const i = ix.certIndex(t);
    return i >= 0 && ix.revKeys[i]!.length > 0;
  });
  if (!leading) return { reason: 'Aucune formation du réseau ne prépare la certification visée.', relax: [] };
  const set = RELAXABLE.filter((name) => {
    const v = req.constraints[name];
    return v !== undefined && !(Array.isArray(v) && v.length === 0);
  });
  const relax: RelaxSuggestion[] = [];
  for (const name of set) {
    const constraints = { ...req.constraints };
    delete constraints[name];
    const search = new Search(ix, req, constraints, targets, k, RELAX_BUDGET, shared);
    const found = search.run();
    if (!found.length) continue;
    const best = describe(search, found[0]!);
    const needs = needed(name, best);
    const routes = `${search.incomplete ? 'au moins ' : ''}${found.length} parcours`;
    relax.push({
      constraint: name,
      value: needs.value,
      routesIfRelaxed: found.length,
      label: `Sans ${constraintText(name, req.constraints[name])}${COLON} ${routes}${needs.text ? `, le meilleur ${needs.text}` : ''}.`,
    });
  }
  if (set.length === 0) {
    return { reason: `Aucun parcours de ${MAX_ROUTE_STEPS} étapes au plus ne mène à la certification visée depuis votre profil.`, relax };
  }
  const reason = relax.length
    ? 'Aucun parcours ne respecte toutes vos contraintes. En levant une seule d’entre elles, des parcours existent.'
    : `Aucun parcours ne respecte vos contraintes, et lever une seule d’entre elles ne suffit pas.`;
  return { reason, relax };
}

function needed(name: PlannerConstraintName, best: PlannedRoute): { value: unknown; text: string } {
  switch (name) {
    case 'maxDistanceKm':
      return best.totals.maxDistanceKm === null ? { value: undefined, text: '' } : { value: best.totals.maxDistanceKm, text: `à ${frenchNumber(best.totals.maxDistanceKm)} km` };
    case 'modalities': {
      const m = [...new Set(best.steps.map((st) => st.offer.modality))];
      return { value: m, text: m.map(modalityPhrase).join(' puis ') };
    }
    case 'maxMonths':
      return { value: best.totals.months, text: `en ${frenchNumber(best.totals.months)} mois` };
    case 'maxBudgetEur':
      return { value: best.totals.costEur, text: `pour ${euros(best.totals.costEur)}` };
    case 'startAfter': {
      const first = best.steps[0]?.startDate;
      return { value: first, text: first ? `commence le ${first.split('-').reverse().join('/')}` : '' };
    }
  }
}
