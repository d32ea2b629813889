import type { Features } from "./features";

/**
 * Multinomial naive Bayes over weighted features, with uniform priors: how many exemplars a route happens to have
 * must not make it more likely. Additive smoothing keeps a feature seen in one route from vetoing the others.
 */
export class NaiveBayes<Label extends string> {
  /** Feature → its row in `counts`; rows are `labels.length` wide. One flat array: cheap to build in a cold isolate. */
  private readonly rows = new Map<string, number>();
  private readonly counts: number[] = [];
  /** Per label: log of (total feature weight + smoothing for every feature), the shared denominator. */
  private readonly logTotals: number[];
  private readonly labels: Label[];

  constructor(
    samples: { label: Label; features: Features }[],
    private readonly smoothing = 0.2,
  ) {
    this.labels = [...new Set(samples.map((sample) => sample.label))];
    const width = this.labels.length;
    const totals: number[] = this.labels.map(() => 0);
    for (const { label, features } of samples) {
      const index = this.labels.indexOf(label);
      for (let f = 0; f < features.names.length; f++) {
        const name = features.names[f]!;
        const weight = features.weights[f]!;
        let row = this.rows.get(name);
        if (row === undefined) {
          row = this.counts.length;
          this.rows.set(name, row);
          for (let i = 0; i < width; i++) this.counts.push(0);
        }
        this.counts[row + index]! += weight;
        totals[index]! += weight;
      }
    }
    // Likelihoods are computed when a message needs them: far fewer logarithms than precomputing every feature.
    this.logTotals = totals.map((total) => Math.log(total + smoothing * this.rows.size));
  }

  /** Whether a feature was seen under only a few labels, i.e. says something about the topic ("refund", not "the"). */
  isInformative(name: string, maxLabels = 3): boolean {
    const row = this.rows.get(name);
    if (row === undefined) return false;
    let labels = 0;
    for (let i = 0; i < this.labels.length; i++) if (this.counts[row + i]! > 0) labels++;
    return labels <= maxLabels;
  }

  /**
   * Probability of each label. Log-likelihoods are averaged over the known feature weight before the softmax:
   * naive Bayes is wildly over-confident on long texts, and the router only needs a calibrated ranking.
   */
  posterior(features: Features, sharpness = 2): Map<Label, number> {
    const width = this.labels.length;
    const scores: number[] = this.labels.map(() => 0);
    let known = 0;
    for (let f = 0; f < features.names.length; f++) {
      const weight = features.weights[f]!;
      const row = this.rows.get(features.names[f]!);
      if (row === undefined) continue;
      known += weight;
      for (let i = 0; i < width; i++) {
        scores[i]! += weight * (Math.log(this.counts[row + i]! + this.smoothing) - this.logTotals[i]!);
      }
    }
    const result = new Map<Label, number>();
    if (known === 0) {
      for (const label of this.labels) result.set(label, 1 / width);
      return result;
    }
    const max = Math.max(...scores);
    const exp = scores.map((score) => Math.exp((sharpness * (score - max)) / Math.sqrt(known)));
    const sum = exp.reduce((a, b) => a + b, 0);
    this.labels.forEach((label, i) => {
      result.set(label, exp[i]! / sum);
    });
    return result;
  }
}
