import { dayNumber, endDayAfter } from './dates';
import { PLANNER_WEIGHTS, UNKNOWN_PRICE_EUR, type PlannerOffer } from './types';

/**
 * Keys are what opens an offer: 0 is open entry, 1…8 a national level (holding level n opens keys 1…n), and
 * {@link CERT_KEY_BASE} + i the certification of index i.
 */
export const OPEN_KEY = 0;
export const CERT_KEY_BASE = 9;

/** Whether an offer gives the whole certification (a training, a VAE, or blocs with no bloc listed). */
export function givesWholeCertification(o: PlannerOffer): boolean {
  return o.kind !== 'blocs' || o.blockCodes.length === 0;
}

/** What tells two steps apart for distinctness: what they lead to, where, and how. */
export function stepSignature(o: PlannerOffer): string {
  const blocs = givesWholeCertification(o) ? '' : [...o.blockCodes].sort().join(',');
  return `${o.kind}|${o.certificationCode ?? ''}|${blocs}|${o.organisation ?? ''}|${o.modality}`;
}

/** Requirement keys of an offer: any one of them opens it. Empty when it can never be entered. */
export function requirementKeys(o: PlannerOffer, certId: (code: string) => number): number[] {
  const { minLevel, anyOfCertifications } = o.requires;
  if (minLevel === null && anyOfCertifications.length === 0) return [OPEN_KEY];
  const keys: number[] = [];
  if (minLevel !== null) {
    if (minLevel <= 0) return [OPEN_KEY];
    if (minLevel <= 8) keys.push(Math.ceil(minLevel));
  }
  for (const code of anyOfCertifications) keys.push(CERT_KEY_BASE + certId(code));
  return keys;
}

/** See {@link OfferIndex.levelTables}. */
export interface LevelTables {
  /** The level a certification gives when obtained: the request's table first, then the offers'. */
  levelOf: Int8Array;
  /** The highest of the two (what a level sweep must count). */
  lvl: Int8Array;
  /** Certification indices by `lvl` (0…8). */
  byLevel: Int32Array[];
  /**
   * Per `lvl` bucket (0…8): the edges into its certifications (certification `g`, edge number `e` in its
   * {@link OfferIndex.revKeys}, `key`), sorted by the level their key asks (0 for open entry and certification keys);
   * the edges whose key asks level l are `levelStart[l]` to `levelStart[l + 1] − 1`. A level sweep reads one range.
   */
  edgesByLevel: { g: Int32Array; e: Int32Array; key: Int32Array; levelStart: Int32Array }[];
}

/** Position of the first element of an ascending array that is at least `value` (its length when none is). */
export function firstAtLeast(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** See {@link OfferIndex.blocTables}. */
export interface BlocTables {
  /**
   * Per certification: how many blocs the request's table lists for it (0: none, so its bloc offers never complete
   * it; −1: more than {@link MAX_MASK_BLOCS}, read `codes` instead of the masks). Bloc i of the list is bit `1 << i`.
   */
  count: Int32Array;
  /** Per certification: the table's list of its blocs. */
  codes: readonly (readonly string[] | undefined)[];
  /** Per certification: the bits of its blocs some bloc offer covers. */
  onOffer: Int32Array;
  /** Per certification, parallel to {@link OfferIndex.blocOffers}: the bits of the blocs each offer covers. */
  offerMask: Int32Array[];
}

/** Most blocs a certification's table entry may list for {@link BlocTables} masks (a 32-bit integer's bits). */
export const MAX_MASK_BLOCS = 30;

/**
 * The request-independent part of the planner, built once per catalogue: offers as typed arrays, the offers each
 * key opens sorted by their fixed cost (so that a search reads them cheapest first and stops early), and for each
 * certification the keys of the offers that lead to it (to measure, per request, how many steps a key is from the
 * targets).
 */
export class OfferIndex {
  readonly n: number;
  readonly certIds = new Map<string, number>();
  readonly certCodes: string[] = [];
  /** Index of the certification an offer leads to, −1 when none (the offer is never used). */
  readonly grantCert: Int32Array;
  readonly whole: Uint8Array;
  readonly months: Float64Array;
  /** Day number of the start; NaN for permanent entry. */
  readonly startDay: Float64Array;
  /** Day number of the end of a dated session. */
  readonly endDay: Float64Array;
  /** Part of the step cost known before the person and the dates: duration and price. */
  readonly fixedCost: Float64Array;
  readonly stepSig: string[];
  /** Price in euros, NaN when unknown (read without touching the offer objects). */
  readonly price: Float64Array;
  /** Index of the offer's modality in {@link modalityNames}. */
  readonly modality: Int32Array;
  readonly modalityNames: string[] = [];
  /** 1 for a VAE (no place: an unknown distance costs 0 km). */
  readonly vae: Uint8Array;
  /** The lowest level accepted at entry; +∞ when the offer asks for none (only named certifications, or nothing). */
  readonly minLevel: Float64Array;
  /** Highest level any offer gives for a certification (0 when none says). */
  certLevel: Int8Array = new Int8Array(0);
  /** Offers opened by each key, cheapest fixed cost first (ties by id). */
  readonly lists: (Int32Array | undefined)[] = [];
  /**
   * The same offers grouped by the certification they lead to (cheapest first within a group): group i of a key is
   * certification `groupCert[i]`, offers `offers[groupStart[i]]` to `offers[groupStart[i + 1] − 1]`, the same offers
   * as flat edge `groupEdge[i]` (see {@link edgeGroups}). A request skips at once every group whose certification
   * leads nowhere for it.
   */
  readonly groups: ({ groupCert: Int32Array; groupStart: Int32Array; groupEdge: Int32Array; offers: Int32Array } | undefined)[] = [];
  /** For each certification: the requirement keys of the offers leading to it, and those offers. */
  revKeys: Int32Array[] = [];
  revOffers: Int32Array[][] = [];
  /** For each certification: every bloc code some bloc offer of it covers (a request can only complete it with those). */
  blocsOnOffer: Set<string>[] = [];
  /** For each certification: its offers of some blocs (not the whole certification). */
  blocOffers: Int32Array[] = [];
  /** Position of a certification's first edge in a flat numbering of all edges (for per-request caches). */
  edgeBase: Int32Array = new Int32Array(0);
  edgeCount = 0;
  /**
   * Per flat edge, its offers grouped by place ({@link PlannerOffer.siteKey}), the groups in the order of their cheapest
   * offer and the offers of a group by fixed cost: the groups of edge x are `edgeGroups[x]` to `edgeGroups[x + 1] − 1`,
   * the offers of group j `siteOffers[groupStart[j]]` to `siteOffers[groupStart[j + 1] − 1]`. An edge's least cost then
   * reads one distance per place.
   */
  edgeGroups: Int32Array = new Int32Array(0);
  groupStart: Int32Array = new Int32Array(0);
  siteOffers: Int32Array = new Int32Array(0);
  /** Per entry of {@link siteOffers}: the offer's position in its edge's fixed-cost order (to break ties as a sorted list would). */
  sitePos: Int32Array = new Int32Array(0);
  /** Per entry of {@link siteOffers}: the offer's fixed cost (read in memory order). */
  siteFixed: Float64Array = new Float64Array(0);
  /** Per place group j of the edges: its site ({@link site}), −1 for an offer with no site key (a group of its own). */
  placeSite: Int32Array = new Int32Array(0);
  /** Per place group: 1 when its offers are VAE (an unknown distance then costs nothing, see Search.km). */
  placeVae: Uint8Array = new Uint8Array(0);
  /** Per offer: the index of its {@link PlannerOffer.siteKey} among the distinct ones, −1 when it has none. */
  readonly site: Int32Array;
  /** Per site: one of its offers (all of a site's offers have the same distance, so one is read per plan). */
  siteFirst: Int32Array = new Int32Array(0);
  /** Per flat edge: the least fixed cost of its offers (a lower bound of its cost for any person and constraints). */
  edgeFixedMin: Float64Array = new Float64Array(0);
  /** Smallest fixed cost of a step. */
  readonly minStepCost: number;
  private readonly levelTablesCache = new WeakMap<object, LevelTables>();
  private readonly blocTablesCache = new WeakMap<object, BlocTables>();

  constructor(readonly offers: readonly PlannerOffer[]) {
    const n = (this.n = offers.length);
    this.grantCert = new Int32Array(n);
    this.whole = new Uint8Array(n);
    this.months = new Float64Array(n);
    this.startDay = new Float64Array(n);
    this.endDay = new Float64Array(n);
    this.fixedCost = new Float64Array(n);
    this.stepSig = new Array<string>(n);
    this.price = new Float64Array(n);
    this.modality = new Int32Array(n);
    this.vae = new Uint8Array(n);
    this.minLevel = new Float64Array(n);
    this.site = new Int32Array(n).fill(-1);
    const siteIds = new Map<string, number>();
    const siteFirst: number[] = [];
    const modalityIds = new Map<string, number>();
    const levels: number[] = [];
    const reqKeys: number[][] = new Array<number[]>(n);
    let minStep = Number.POSITIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      const o = offers[i]!;
      const start = o.startDate === null ? Number.NaN : dayNumber(o.startDate);
      const usable = o.certificationCode !== null && o.durationMonths > 0 && Number.isFinite(o.durationMonths) && (o.startDate === null || !Number.isNaN(start));
      const cert = usable ? this.certId(o.certificationCode!) : -1;
      this.grantCert[i] = cert;
      this.whole[i] = givesWholeCertification(o) ? 1 : 0;
      this.months[i] = o.durationMonths;
      this.startDay[i] = start;
      if (!Number.isNaN(start)) {
        const end = o.endDate === null ? Number.NaN : dayNumber(o.endDate);
        this.endDay[i] = !Number.isNaN(end) && end >= start ? end : endDayAfter(start, o.durationMonths);
      } else this.endDay[i] = Number.NaN;
      const fixed = PLANNER_WEIGHTS.months * o.durationMonths + PLANNER_WEIGHTS.eur * (o.priceEur ?? UNKNOWN_PRICE_EUR);
      this.fixedCost[i] = fixed;
      this.stepSig[i] = stepSignature(o);
      this.price[i] = o.priceEur ?? Number.NaN;
      this.vae[i] = o.kind === 'vae' ? 1 : 0;
      this.minLevel[i] = o.requires.minLevel ?? Number.POSITIVE_INFINITY;
      if (o.siteKey != null) {
        let id = siteIds.get(o.siteKey);
        if (id === undefined) {
          id = siteFirst.length;
          siteIds.set(o.siteKey, id);
          siteFirst.push(i);
        }
        this.site[i] = id;
      }
      let m = modalityIds.get(o.modality);
      if (m === undefined) {
        m = this.modalityNames.length;
        modalityIds.set(o.modality, m);
        this.modalityNames.push(o.modality);
      }
      this.modality[i] = m;
      if (cert >= 0) {
        if (fixed < minStep) minStep = fixed;
        const level = o.certificationLevel ?? 0;
        if ((levels[cert] ?? 0) < level) levels[cert] = level;
      }
      reqKeys[i] = cert >= 0 ? requirementKeys(o, (code) => this.certId(code)) : [];
    }
    this.siteFirst = Int32Array.from(siteFirst);
    this.minStepCost = Number.isFinite(minStep) ? Math.max(0, minStep) : 0;
    const certs = this.certCodes.length;
    this.certLevel = new Int8Array(certs);
    for (let c = 0; c < certs; c++) this.certLevel[c] = levels[c] ?? 0;

    // One sort by fixed cost, then bucketing in that order keeps every bucket sorted.
    const order = Array.from({ length: n }, (_, i) => i).filter((i) => this.grantCert[i]! >= 0);
    order.sort((a, b) => this.fixedCost[a]! - this.fixedCost[b]! || (offers[a]!.id < offers[b]!.id ? -1 : offers[a]!.id > offers[b]!.id ? 1 : a - b));
    const buckets: number[][] = [];
    const rev: Map<number, number[]>[] = Array.from({ length: certs }, () => new Map());
    for (const i of order) {
      const cert = this.grantCert[i]!;
      for (const key of reqKeys[i]!) {
        (buckets[key] ??= []).push(i);
        const byKey = rev[cert]!;
        const list = byKey.get(key);
        if (list) list.push(i);
        else byKey.set(key, [i]);
      }
    }
    for (let k = 0; k < buckets.length; k++) {
      const b = buckets[k];
      this.lists[k] = b ? Int32Array.from(b) : undefined;
      if (!b) continue;
      const byCert = new Map<number, number[]>();
      for (const o of b) {
        const g = this.grantCert[o]!;
        const list = byCert.get(g);
        if (list) list.push(o);
        else byCert.set(g, [o]);
      }
      const groupCert = Int32Array.from([...byCert.keys()].sort((x, y) => x - y));
      const groupStart = new Int32Array(groupCert.length + 1);
      const grouped = new Int32Array(b.length);
      let at = 0;
      groupCert.forEach((g, i) => {
        groupStart[i] = at;
        for (const o of byCert.get(g)!) grouped[at++] = o;
      });
      groupStart[groupCert.length] = at;
      this.groups[k] = { groupCert, groupStart, groupEdge: new Int32Array(groupCert.length), offers: grouped };
    }
    this.blocsOnOffer = Array.from({ length: certs }, () => new Set<string>());
    const blocOffers: number[][] = Array.from({ length: certs }, () => []);
    for (let i = 0; i < n; i++) {
      const cert = this.grantCert[i]!;
      if (cert < 0 || this.whole[i]) continue;
      blocOffers[cert]!.push(i);
      for (const b of offers[i]!.blockCodes) this.blocsOnOffer[cert]!.add(b);
    }
    this.blocOffers = blocOffers.map((list) => Int32Array.from(list));
    this.revKeys = rev.map((m) => Int32Array.from(m.keys()));
    this.revOffers = rev.map((m) => [...m.values()].map((v) => Int32Array.from(v)));
    this.edgeBase = new Int32Array(certs);
    let edges = 0;
    for (let c = 0; c < certs; c++) {
      this.edgeBase[c] = edges;
      edges += this.revKeys[c]!.length;
    }
    this.edgeCount = edges;
    for (let c = 0; c < certs; c++) {
      const keys = this.revKeys[c]!;
      for (let e = 0; e < keys.length; e++) {
        const grouped = this.groups[keys[e]!]!;
        // Groups are sorted by certification.
        grouped.groupEdge[firstAtLeast(grouped.groupCert, c)] = this.edgeBase[c]! + e;
      }
    }
    this.edgeFixedMin = new Float64Array(edges);
    this.edgeGroups = new Int32Array(edges + 1);
    const groupStart: number[] = [];
    const siteOffers: number[] = [];
    const sitePos: number[] = [];
    const placeSite: number[] = [];
    const placeVae: number[] = [];
    for (let c = 0; c < certs; c++) {
      const lists = this.revOffers[c]!;
      for (let e = 0; e < lists.length; e++) {
        const list = lists[e]!;
        const at = this.edgeBase[c]! + e;
        // Each edge's offers are in fixed-cost order: the first one's is the least, and so is each place's first.
        this.edgeFixedMin[at] = this.fixedCost[list[0]!]!;
        this.edgeGroups[at] = groupStart.length;
        const places = new Map<string, number[]>();
        const groups: number[][] = [];
        const position = new Map<number, number>();
        for (const [p, o] of list.entries()) {
          position.set(o, p);
          // A VAE counts an unknown distance differently (see Search.km): it never shares a place with a session.
          const site = offers[o]!.siteKey == null ? null : `${this.vae[o]}|${offers[o]!.siteKey}`;
          const group = site === null ? undefined : places.get(site);
          if (group) group.push(o);
          else {
            const fresh = [o];
            groups.push(fresh);
            if (site !== null) places.set(site, fresh);
          }
        }
        for (const group of groups) {
          groupStart.push(siteOffers.length);
          placeSite.push(this.site[group[0]!]!);
          placeVae.push(this.vae[group[0]!]!);
          siteOffers.push(...group);
          for (const o of group) sitePos.push(position.get(o)!);
        }
      }
    }
    this.edgeGroups[edges] = groupStart.length;
    groupStart.push(siteOffers.length);
    this.groupStart = Int32Array.from(groupStart);
    this.siteOffers = Int32Array.from(siteOffers);
    this.sitePos = Int32Array.from(sitePos);
    this.siteFixed = Float64Array.from(siteOffers, (o) => this.fixedCost[o]!);
    this.placeSite = Int32Array.from(placeSite);
    this.placeVae = Uint8Array.from(placeVae);
  }

  /**
   * The certification levels of a request's table (`certificationLevels`), as typed arrays. Built once per table object:
   * a caller that passes the same table with each plan (the API does, per catalogue) pays for it once.
   */
  levelTables(levels: Readonly<Record<string, number>>): LevelTables {
    let t = this.levelTablesCache.get(levels);
    if (t) return t;
    const certs = this.certCodes.length;
    const levelOf = Int8Array.from(this.certLevel);
    const lvl = Int8Array.from(this.certLevel);
    for (const [code, level] of Object.entries(levels)) {
      const i = this.certIndex(code);
      if (i < 0) continue;
      levelOf[i] = level;
      if (level > lvl[i]!) lvl[i] = level;
    }
    // Certifications by the level they give (0…8), so that a sweep over « every certification of level ≥ L » skips the rest.
    const buckets: number[][] = Array.from({ length: 9 }, () => []);
    for (let c = 0; c < certs; c++) buckets[Math.max(0, Math.min(8, lvl[c]!))]!.push(c);
    const edgesByLevel = buckets.map((certsOfLevel) => {
      const byKeyLevel: [number, number, number][][] = Array.from({ length: 9 }, () => []);
      for (const g of certsOfLevel) {
        const keys = this.revKeys[g]!;
        for (let e = 0; e < keys.length; e++) {
          const key = keys[e]!;
          byKeyLevel[key > OPEN_KEY && key < CERT_KEY_BASE ? key : 0]!.push([g, e, key]);
        }
      }
      const all = byKeyLevel.flat();
      const levelStart = new Int32Array(10);
      for (let l = 0; l < 9; l++) levelStart[l + 1] = levelStart[l]! + byKeyLevel[l]!.length;
      return { g: Int32Array.from(all, (x) => x[0]), e: Int32Array.from(all, (x) => x[1]), key: Int32Array.from(all, (x) => x[2]), levelStart };
    });
    t = { levelOf, lvl, byLevel: buckets.map((b) => Int32Array.from(b)), edgesByLevel };
    this.levelTablesCache.set(levels, t);
    return t;
  }

  /**
   * A request's bloc table (`certificationBlocks`) as bit masks per certification, for certifications of at most
   * {@link MAX_MASK_BLOCS} blocs (the others have `count` −1). Built once per table object, as {@link levelTables}.
   */
  blocTables(blocks: Readonly<Record<string, readonly string[]>>): BlocTables {
    let t = this.blocTablesCache.get(blocks);
    if (t) return t;
    const certs = this.certCodes.length;
    const count = new Int32Array(certs);
    const codes: (readonly string[] | undefined)[] = new Array(certs);
    const onOffer = new Int32Array(certs);
    const offerMask: Int32Array[] = new Array(certs);
    for (let c = 0; c < certs; c++) {
      const all = blocks[this.certCodes[c]!];
      const list = this.blocOffers[c]!;
      offerMask[c] = new Int32Array(list.length);
      codes[c] = all;
      if (!all || !all.length) continue;
      if (all.length > MAX_MASK_BLOCS) {
        count[c] = -1;
        continue;
      }
      count[c] = all.length;
      const bit = new Map(all.map((code, i) => [code, 1 << i]));
      for (let i = 0; i < list.length; i++) {
        let mask = 0;
        for (const code of this.offers[list[i]!]!.blockCodes) mask |= bit.get(code) ?? 0;
        offerMask[c]![i] = mask;
        onOffer[c]! |= mask;
      }
    }
    t = { count, codes, onOffer, offerMask };
    this.blocTablesCache.set(blocks, t);
    return t;
  }

  /** Index of a certification code, added when new (only while building). */
  private certId(code: string): number {
    let id = this.certIds.get(code);
    if (id === undefined) {
      id = this.certCodes.length;
      this.certIds.set(code, id);
      this.certCodes.push(code);
    }
    return id;
  }

  /** Index of a known certification code, −1 when no offer mentions it. */
  certIndex(code: string): number {
    return this.certIds.get(code) ?? -1;
  }
}
