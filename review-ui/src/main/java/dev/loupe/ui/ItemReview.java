package dev.loupe.ui;

import dev.loupe.core.Asset;
import dev.loupe.core.ReadyItem;
import dev.loupe.core.annotation.AnnotationStatus;
import dev.loupe.core.annotation.DocumentAnnotation;
import dev.loupe.core.annotation.FieldChange;
import dev.loupe.core.port.FieldValues;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A reviewer's pass over one item: each of its documents in the item's order, with the fields of those the models
 * could read under review. A decision on the item covers all of them: one changed document makes it a correction,
 * and the diff says which document each change is on.
 */
final class ItemReview {
    /**
     * One document of the item.
     *
     * @param name     its file name
     * @param proposal what the models made of it; null when they made nothing (not a document, or not annotated)
     * @param review   its type and fields under review; null when the models could not read it
     */
    record Document(String name, DocumentAnnotation proposal, FieldReview review) {
        Document {
            Objects.requireNonNull(name, "name");
        }
    }

    private final List<Document> documents;

    ItemReview(ReadyItem item, FieldValues values) {
        List<DocumentAnnotation> unmatched = new ArrayList<>(item.annotations());
        List<Document> all = new ArrayList<>();
        for (Asset asset : item.item().assets()) {
            DocumentAnnotation proposal = unmatched.stream()
                    .filter(annotation -> annotation.name().equals(asset.fileName())).findFirst().orElse(null);
            unmatched.remove(proposal);
            all.add(new Document(asset.fileName(), proposal, reviewOf(proposal, values)));
        }
        // Annotations named otherwise than the assets still get reviewed, after them.
        unmatched.forEach(proposal -> all.add(new Document(proposal.name(), proposal, reviewOf(proposal, values))));
        this.documents = List.copyOf(all);
    }

    List<Document> documents() {
        return documents;
    }

    /** The first document with fields to review, else the first; 0 for an item without documents. */
    int firstToReview() {
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i).review() != null) {
                return i;
            }
        }
        return 0;
    }

    /** Whether the reviewer changed a type or a field of any document: the decision is a correction. */
    boolean changed() {
        return reviews().stream().anyMatch(FieldReview::changed);
    }

    /** The proposals with each reviewed document's annotation replaced by what the reviewer made of it. */
    List<DocumentAnnotation> corrected(List<DocumentAnnotation> proposed) {
        List<DocumentAnnotation> corrected = new ArrayList<>(proposed);
        for (Document document : documents) {
            if (document.review() != null) {
                corrected.replaceAll(annotation -> annotation == document.proposal()
                        ? document.review().finalAnnotation() : annotation);
            }
        }
        return corrected;
    }

    /** Every change, document by document: its type change first, then its fields in the type's order. */
    ArrayNode diff() {
        ArrayNode diff = FieldChange.toDiff(List.of());
        for (FieldReview review : reviews()) {
            review.typeChange().ifPresent(change -> diff.add(change.toJson()));
            diff.addAll(FieldChange.toDiff(review.changes()));
        }
        return diff;
    }

    /** Each value the reviewer gave that fails its check, with the document it is on, in the documents' order. */
    List<Flagged> givenInvalid() {
        List<Flagged> flagged = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            FieldReview review = documents.get(i).review();
            if (review != null) {
                for (FieldRow row : review.givenInvalid()) {
                    flagged.add(new Flagged(i, row));
                }
            }
        }
        return flagged;
    }

    /** A field the reviewer gave a value that fails its check, and the document it is on. */
    record Flagged(int document, FieldRow row) {
    }

    private List<FieldReview> reviews() {
        return documents.stream().map(Document::review).filter(Objects::nonNull).toList();
    }

    private static FieldReview reviewOf(DocumentAnnotation proposal, FieldValues values) {
        return proposal != null && proposal.type() != null && proposal.status() != AnnotationStatus.UNREADABLE
                ? new FieldReview(proposal, values) : null;
    }
}
