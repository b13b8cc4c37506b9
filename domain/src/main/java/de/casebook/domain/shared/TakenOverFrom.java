package de.casebook.domain.shared;

/**
 * Where a case taken over from a municipality's previous register came from: the import, the file
 * a clerk uploaded and the row of that file (counting the header as row 1, as a spreadsheet does).
 */
public record TakenOverFrom(String importId, String fileName, int row) {
}
