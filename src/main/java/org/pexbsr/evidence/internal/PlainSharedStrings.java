package org.pexbsr.evidence.internal;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStrings;

/**
 * A workbook's shared strings as plain text. POI's read-only table builds a formatted
 * XMLBeans string for every cell it is asked for, which was a third of the time of
 * reading the UNODC workbook; this asks once per distinct string and keeps the text.
 */
final class PlainSharedStrings implements SharedStrings {

	private final SharedStrings table;

	private final String[] texts;

	PlainSharedStrings(SharedStrings table) {
		this.table = table;
		this.texts = new String[Math.max(0, table.getUniqueCount())];
	}

	@Override
	public RichTextString getItemAt(int index) {
		if (index < 0 || index >= this.texts.length) {
			return this.table.getItemAt(index);
		}
		String text = this.texts[index];
		if (text == null) {
			text = this.table.getItemAt(index).getString();
			this.texts[index] = text;
		}
		return new PlainText(text);
	}

	@Override
	public int getCount() {
		return this.table.getCount();
	}

	@Override
	public int getUniqueCount() {
		return this.table.getUniqueCount();
	}

	/** Text without formatting runs; the reader only ever asks for the text. */
	private record PlainText(String text) implements RichTextString {

		@Override
		public String getString() {
			return this.text;
		}

		@Override
		public String toString() {
			return this.text;
		}

		@Override
		public int length() {
			return this.text.length();
		}

		@Override
		public int numFormattingRuns() {
			return 0;
		}

		@Override
		public int getIndexOfFormattingRun(int index) {
			return 0;
		}

		@Override
		public void applyFont(int startIndex, int endIndex, short fontIndex) {
			throw new UnsupportedOperationException("Shared strings are read only");
		}

		@Override
		public void applyFont(int startIndex, int endIndex, Font font) {
			throw new UnsupportedOperationException("Shared strings are read only");
		}

		@Override
		public void applyFont(Font font) {
			throw new UnsupportedOperationException("Shared strings are read only");
		}

		@Override
		public void clearFormatting() {
			throw new UnsupportedOperationException("Shared strings are read only");
		}

		@Override
		public void applyFont(short fontIndex) {
			throw new UnsupportedOperationException("Shared strings are read only");
		}

	}

}
