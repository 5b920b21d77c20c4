package org.pexbsr.identity.internal;

import java.time.OffsetDateTime;

/**
 * A police unit, embassy, ministry, school board or other body whose people hold
 * accounts.
 *
 * @param id the database key
 * @param name its name as its people write it
 * @param country the ISO 3166-1 alpha-2 code of its country
 * @param createdAt when it was added
 * @param members how many accounts belong to it
 */
record Organisation(long id, String name, String country, OffsetDateTime createdAt, int members) {

}
