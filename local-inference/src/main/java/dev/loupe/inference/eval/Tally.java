package dev.loupe.inference.eval;

/** Counts for precision and recall: values proposed, values true, and proposals that matched the truth. */
final class Tally {
    private long proposed;
    private long truths;
    private long correct;

    void add(boolean hasProposal, boolean hasTruth, boolean matches) {
        proposed += hasProposal ? 1 : 0;
        truths += hasTruth ? 1 : 0;
        correct += hasProposal && hasTruth && matches ? 1 : 0;
    }

    void addAll(Tally other) {
        proposed += other.proposed;
        truths += other.truths;
        correct += other.correct;
    }

    Scores scores() {
        double precision = proposed == 0 ? 0 : correct / (double) proposed;
        double recall = truths == 0 ? 0 : correct / (double) truths;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Scores(precision, recall, f1, truths, proposed, correct);
    }
}
