package org.newskg.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.model.Mention;

class ListedCompaniesTest {

    private List<String> names(String... wordsAndTags) {
        List<Token> tokens = Words.of(wordsAndTags);
        return ListedCompanies.find(Words.text(tokens), tokens).stream().map(Mention::text).toList();
    }

    @Test
    void a_name_before_a_bracketed_stock_code_is_a_company() {
        assertEquals(List.of("青禾银行"), names("由/p", "青禾/nz", "银行/n", "（/w", "3321/m", "）/w", "牵头/v"));
    }

    @Test
    void a_conjunction_glued_to_the_name_is_left_out() {
        assertEquals(List.of("青禾在线"), names("及青禾/nz", "在线/n", "（/w", "8801/m", "）/w"));
    }

    @Test
    void a_bracketed_year_is_no_code() {
        assertEquals(List.of(), names("发展/vn", "规划/n", "（/w", "2021/m", "）/w"));
    }

    @Test
    void a_verb_before_the_bracket_names_no_company() {
        assertEquals(List.of(), names("上涨/v", "（/w", "12/m", "）/w"));
    }

    @Test
    void a_latin_name_listed_next_to_a_listed_company_is_a_company() {
        assertEquals(List.of("青禾银行", "Quantix"), names("包括/v", "Quantix/nx", "、/w", "青禾/nz", "银行/n", "（/w", "3321/m", "）/w", "等/udeng"));
        assertEquals(List.of("青禾银行", "Lumo"), names("青禾/nz", "银行/n", "（/w", "3321/m", "）/w", "、/w", "Lumo/nx", "及/cc", "其他/r"));
    }
}
