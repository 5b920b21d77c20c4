package org.pexbsr.evidence;

/**
 * A new version of a dataset was imported.
 *
 * @param dataset the dataset's code, such as {@code unodc-glotip}
 * @param version the new version's number
 * @param rows how many observations it holds
 */
public record DatasetImported(String dataset, int version, int rows) {

}
