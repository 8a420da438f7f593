package org.newskg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NormalizedTextTest {

    @Test
    void identityMapsOffsetsToThemselves() {
        NormalizedText nt = NormalizedText.identity("新华社北京电");
        assertEquals(nt.original(), nt.text());
        for (int i = 0; i <= nt.length(); i++) assertEquals(i, nt.toOriginal(i));
        assertEquals(3, nt.toOriginalEnd(3));
        assertEquals("北京", nt.originalSlice(3, 5));
        assertEquals("", nt.originalSlice(2, 2));
    }

    @Test
    void droppedCharactersAreInsideSlicesButNotAtTheirEnds() {
        // "高\n锐" joined to "高锐": the break has no analysis character
        String original = "弗朗西斯·高\n锐表示";
        int[] origin = {0, 1, 2, 3, 4, 5, 7, 8, 9, 10};
        NormalizedText nt = new NormalizedText(original, "弗朗西斯·高锐表示", origin, false);
        assertEquals("弗朗西斯·高\n锐", nt.originalSlice(0, 7));
        assertEquals("弗朗西斯·高", nt.originalSlice(0, 6));
        assertEquals(6, nt.toOriginalEnd(6));
        assertEquals(7, nt.toOriginal(6));
        assertEquals(original.length(), nt.toOriginal(nt.length()));
    }

    @Test
    void rejectsBadMapsAndOffsets() {
        assertThrows(IllegalArgumentException.class,
                () -> new NormalizedText("abc", "ab", new int[] {0, 0, 3}, false));
        assertThrows(IllegalArgumentException.class,
                () -> new NormalizedText("abc", "ab", new int[] {0, 1}, false));
        NormalizedText nt = NormalizedText.identity("abc");
        assertThrows(IndexOutOfBoundsException.class, () -> nt.toOriginal(4));
        assertThrows(IndexOutOfBoundsException.class, () -> nt.toOriginalEnd(-1));
        assertThrows(IllegalArgumentException.class, () -> nt.originalSlice(2, 1));
    }
}
