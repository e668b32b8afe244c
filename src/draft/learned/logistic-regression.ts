// Multinomial logistic regression over sparse string features: the relation classifier's
// model. Pure and deterministic (examples in a fixed order, no randomness), so the same
// training data gives the same weights on every machine.
//
// Written here rather than taken from npm: the JavaScript packages for it (ml-logistic-regression
// and the like) hold dense matrices, and the features are tens of thousands of strings of which
// each example has about thirty; CoreNLP's own LinearClassifier would mean a second Java
// process at draft time. Training is AdaGrad on the log-loss with an L2 penalty; prediction is a
// softmax over the summed weights of an example's features.

export interface LabelledExample {
  features: readonly string[];
  label: string;
}

export interface LogisticModel {
  classes: string[];
  /**
   * Per feature, its weights as [class index, weight] pairs (`classes` order); a class not
   * listed, and a feature never seen, weigh nothing.
   */
  weights: Record<string, Array<[number, number]>>;
}

export interface TrainingOptions {
  epochs?: number;
  learningRate?: number;
  /** L2 penalty per example step. */
  l2?: number;
  /** Features seen in fewer examples than this are left out: they teach little and weigh a lot in the file. */
  minCount?: number;
}

export function trainLogisticRegression(
  examples: readonly LabelledExample[],
  options: TrainingOptions = {},
): LogisticModel {
  const epochs = options.epochs ?? 15;
  const rate = options.learningRate ?? 0.1;
  const l2 = options.l2 ?? 1e-4;
  const minCount = options.minCount ?? 2;
  const seen = new Map<string, number>();
  for (const e of examples) for (const f of e.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  const kept = (f: string) => (seen.get(f) ?? 0) >= minCount;
  const classes = [...new Set(examples.map((e) => e.label))].sort();
  const index = new Map(classes.map((c, i) => [c, i]));
  const weights = new Map<string, Float64Array>();
  const squared = new Map<string, Float64Array>();
  const row = (map: Map<string, Float64Array>, f: string) => {
    let r = map.get(f);
    if (!r) {
      r = new Float64Array(classes.length);
      map.set(f, r);
    }
    return r;
  };
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    // A fixed interleaving per epoch (stride through the list) instead of a random shuffle.
    const stride = STRIDES[epoch % STRIDES.length] ?? 1;
    for (let k = 0; k < examples.length; k += 1) {
      const e = examples[(k * stride) % examples.length];
      if (!e) continue;
      const features = e.features.filter(kept);
      const p = probabilitiesOf(weights, classes.length, features);
      const y = index.get(e.label) ?? 0;
      for (const f of features) {
        const w = row(weights, f);
        const g2 = row(squared, f);
        for (let c = 0; c < classes.length; c += 1) {
          const gradient = (p[c] ?? 0) - (c === y ? 1 : 0) + l2 * (w[c] ?? 0);
          g2[c] = (g2[c] ?? 0) + gradient * gradient;
          w[c] = (w[c] ?? 0) - (rate * gradient) / Math.sqrt((g2[c] ?? 0) + 1e-8);
        }
      }
    }
  }
  const out: LogisticModel['weights'] = {};
  for (const [f, w] of weights) out[f] = [...w].map((v, c) => [c, v]);
  return { classes, weights: out };
}

/** Strides coprime with most list lengths: each epoch visits the examples in another order. */
const STRIDES = [1, 7919, 104729, 15485863, 1299709];

function probabilitiesOf(weights: ReadonlyMap<string, Float64Array>, n: number, features: readonly string[]): number[] {
  const scores = new Array<number>(n).fill(0);
  for (const f of features) {
    const w = weights.get(f);
    if (!w) continue;
    for (let c = 0; c < n; c += 1) scores[c] = (scores[c] ?? 0) + (w[c] ?? 0);
  }
  return softmax(scores);
}

function softmax(scores: number[]): number[] {
  const top = Math.max(...scores);
  const e = scores.map((s) => Math.exp(s - top));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** The model's probability of each class for an example's features. */
export function classify(model: LogisticModel, features: readonly string[]): Map<string, number> {
  const scores = new Array<number>(model.classes.length).fill(0);
  for (const f of features) for (const [c, w] of model.weights[f] ?? []) scores[c] = (scores[c] ?? 0) + w;
  const p = softmax(scores);
  return new Map(model.classes.map((c, i) => [c, p[i] ?? 0]));
}

/**
 * The model with weights rounded to hundredths and none below `floor` in size: what is
 * shipped, and what the cross-validation scores (so the two agree).
 */
export function pruned(model: LogisticModel, floor = 0.05): LogisticModel {
  const weights: LogisticModel['weights'] = {};
  for (const [f, w] of Object.entries(model.weights)) {
    const kept = w
      .filter(([, v]) => Math.abs(v) >= floor)
      .map(([c, v]): [number, number] => [c, Math.round(v * 100) / 100]);
    if (kept.length > 0) weights[f] = kept;
  }
  return { classes: model.classes, weights };
}
