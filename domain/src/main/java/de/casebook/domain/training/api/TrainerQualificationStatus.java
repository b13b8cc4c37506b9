package de.casebook.domain.training.api;

import java.util.Locale;

public enum TrainerQualificationStatus {
    PROPOSED, DECLINED, IN_TRAINING, REQUIREMENTS_MET, REGISTERED, WITHDRAWN;

    /** The status as the API spells it: {@code in-training}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
