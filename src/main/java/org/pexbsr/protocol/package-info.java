/**
 * The Investigation Protocol for police investigators and prosecutors: legal framework,
 * national law, planning and running an inspection, financial investigation.
 */
@NullMarked
package org.pexbsr.protocol;

import org.jspecify.annotations.NullMarked;
