package de.casebook.app.takeover;

import java.util.List;

/** What is wrong with a row (or, with row 0, the whole sheet): a message code and its arguments. */
record RowProblem(int row, String column, String code, List<Object> arguments) {
}
