package org.pexbsr.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Imports the public data files that ship with the platform (see
 * {@code datasets/PROVENANCE.md}) so that a new installation shows real figures from its
 * first start. A file already imported is recognised and skipped, so later starts import
 * nothing again.
 */
@Component
class ShippedDatasets implements SmartInitializingSingleton {

	/**
	 * The UNODC extract and the UN SDG series count detected victims; the World Bank and
	 * Eurostat tables give the populations that rates need (Eurostat's with its flags).
	 */
	static final List<String> FILES = List.of("data_glotip.xlsx", "API_SP.POP.TOTL_DS2_en_csv_v2_282912.csv",
			"ddf--datapoints--vc_htf_detv--by--age--geo_area--nature--sex--units--year.csv", "tps00001.tsv");

	private static final Logger log = LoggerFactory.getLogger(ShippedDatasets.class);

	private final DatasetImporter importer;

	private final boolean enabled;

	ShippedDatasets(DatasetImporter importer, @Value("${pex.evidence.import-shipped-datasets:true}") boolean enabled) {
		this.importer = importer;
		this.enabled = enabled;
	}

	/**
	 * Runs before the web server opens, so the evidence page never shows a half-empty
	 * table.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		if (!this.enabled) {
			log.info("Shipped datasets are not imported (pex.evidence.import-shipped-datasets=false)");
			return;
		}
		try {
			for (String name : FILES) {
				importShipped(name);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("A shipped dataset could not be read", ex);
		}
	}

	private void importShipped(String name) throws IOException {
		Path copy = Files.createTempFile("pex-dataset-", "-" + name);
		try (InputStream in = new ClassPathResource("datasets/" + name).getInputStream()) {
			Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
			this.importer.importFile(copy, name, null, "shipped with the platform");
		}
		finally {
			Files.deleteIfExists(copy);
		}
	}

}
