package dev.loupe.inference.eval;

/**
 * How well one field, or all together, was extracted.
 *
 * @param precision share of proposed values that were right
 * @param recall    share of true values that were proposed and right
 * @param f1        their harmonic mean
 * @param truths    how many documents had a true value
 * @param proposed  how many values were proposed
 * @param correct   how many proposals matched the truth
 */
public record Scores(double precision, double recall, double f1, long truths, long proposed, long correct) {
}
