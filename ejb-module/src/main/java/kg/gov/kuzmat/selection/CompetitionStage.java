package kg.gov.kuzmat.selection;

/** The stages of a competition, in the only order they may come. */
public enum CompetitionStage {
    DOCUMENT_ACCEPTANCE(Stage.DOCUMENT_ACCEPTANCE),
    DOCUMENT_REVIEW(Stage.DOCUMENT_REVIEW),
    TESTING(Stage.TESTING),
    INTERVIEW(Stage.INTERVIEW),
    DECIDED(null);

    private final Stage candidatesStage;

    CompetitionStage(Stage candidatesStage) {
        this.candidatesStage = candidatesStage;
    }

    /** The stage a candidate still competing is at while the competition is at this one. */
    public Stage candidatesStage() {
        return candidatesStage;
    }

    public CompetitionStage next() {
        return values()[ordinal() + 1];
    }
}
